import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadArticles } from '@/lib/content';
import type { Article } from '@/lib/schema/content';

const FILES: Record<string, string> = {
  'a-older.md': '---\ntitle: Older dated story\npublished: 2025-02-10\nsource: Example News\n---\nThe first dated article has a paragraph long enough to be an excerpt for the feed.\n',
  'b-newer.md': '---\ntitle: Newer dated story\npublished: 2025-03-01\n---\nThe second dated article is newer, so the feed lists it first among the dated ones.\n',
  'c-undated.md': '---\ntitle: Undated <script>alert(1)</script> story\n---\nAn undated article whose text holds a CDATA end ]]> and an ampersand & to escape properly, and ]]> again.\n',
};

let dir: string;
let articles: Article[];
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'storyline-feed-'));
  for (const [name, text] of Object.entries(FILES)) writeFileSync(join(dir, name), text);
  articles = loadArticles(dir).articles;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

/** The feed module as a build with this environment would load it. */
async function feedModule(env: Record<string, string> = {}) {
  for (const [key, value] of Object.entries(env)) vi.stubEnv(key, value);
  vi.resetModules();
  return import('@/lib/site/feed');
}

const parse = (xml: string) => new XMLParser({ ignoreAttributes: false }).parse(xml).rss.channel;

describe('RSS feed', () => {
  it('is well-formed RSS 2.0 with one item per article, newest first, undated last', async () => {
    const xml = (await feedModule()).articlesFeedXml(articles);
    expect(XMLValidator.validate(xml)).toBe(true);
    const channel = parse(xml);
    expect(channel.item.map((i: { title: string }) => i.title)).toEqual([
      'Newer dated story',
      'Older dated story',
      'Undated <script>alert(1)</script> story',
    ]);
  });

  it('gives dated items a pubDate and undated items none, instead of an invented date', async () => {
    const items = parse((await feedModule()).articlesFeedXml(articles)).item;
    expect(items[0].pubDate).toBe('Sat, 01 Mar 2025 00:00:00 GMT');
    expect(items[1].pubDate).toBe('Mon, 10 Feb 2025 00:00:00 GMT');
    expect(items[2]).not.toHaveProperty('pubDate');
    expect(items[2].description).toContain('CDATA end ]]> and an ampersand & to escape properly, and ]]> again');
  });

  it('uses absolute URLs from SITE_URL and the base path', async () => {
    const xml = (await feedModule({ SITE_URL: 'https://news.example.org', BASE_PATH: '/news' })).articlesFeedXml(articles);
    const channel = parse(xml);
    expect(channel.link).toBe('https://news.example.org/news/');
    expect(channel['atom:link']['@_href']).toBe('https://news.example.org/news/feed.xml');
    expect(channel.item[0].link).toBe('https://news.example.org/news/articles/newer-dated-story/');
    expect(channel.item[0].guid['#text']).toBe(channel.item[0].link);
  });

  it('never uses the clock: lastBuildDate is SOURCE_DATE_EPOCH, else the newest date, else 1970', async () => {
    const { articlesFeedXml, feedUpdated } = await feedModule();
    expect(feedUpdated(articles, undefined).toISOString()).toBe('2025-03-01T00:00:00.000Z');
    expect(feedUpdated(articles, '1700000000').toISOString()).toBe('2023-11-14T22:13:20.000Z');
    expect(feedUpdated(articles.filter((a) => !a.published), undefined).toISOString()).toBe('1970-01-01T00:00:00.000Z');
    const first = articlesFeedXml(articles);
    await new Promise((r) => setTimeout(r, 1100));
    expect(articlesFeedXml(articles)).toBe(first);
  });
});
