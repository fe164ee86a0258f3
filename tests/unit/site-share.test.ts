import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadArticles } from '@/lib/content';
import type { Article } from '@/lib/schema/content';
import { absoluteUrl, normalizeBasePath, normalizeSiteUrl, withBasePath } from '@/lib/site/deploy';

const FULL = `---
title: Canada and Mexico step up border talks
source: Example News
url: https://example.com/story
published: 2025-02-10
author: Jo Writer
---
Officials from both countries met on Monday to compare notes on border security and trade. Talks resume next week.
`;
const BARE = 'Canada and Mexico stepped up talks this week as officials compared notes on border security and trade.\n';

let dir: string;
let full: Article;
let bare: Article;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'storyline-share-'));
  writeFileSync(join(dir, 'full.md'), FULL);
  writeFileSync(join(dir, 'bare.txt'), BARE);
  [bare, full] = loadArticles(dir).articles as [Article, Article];
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

async function withEnv<T>(env: Record<string, string>, load: () => Promise<T>): Promise<T> {
  for (const [key, value] of Object.entries(env)) vi.stubEnv(key, value);
  vi.resetModules();
  return load();
}

describe('deployment settings', () => {
  it('normalise BASE_PATH and reject what is not a plain path', () => {
    expect(normalizeBasePath(undefined)).toBe('');
    expect(normalizeBasePath('/')).toBe('');
    expect(normalizeBasePath('/news/')).toBe('/news');
    expect(normalizeBasePath('/a/b')).toBe('/a/b');
    expect(() => normalizeBasePath('news')).toThrow(/BASE_PATH/);
    expect(() => normalizeBasePath('/news?x=1')).toThrow(/BASE_PATH/);
  });

  it('take SITE_URL as an origin, defaulting to localhost:3000, and send a path to BASE_PATH', () => {
    expect(normalizeSiteUrl(undefined)).toBe('http://localhost:3000');
    expect(normalizeSiteUrl('https://example.org/')).toBe('https://example.org');
    expect(() => normalizeSiteUrl('https://example.org/news')).toThrow(/BASE_PATH=\/news/);
    expect(() => normalizeSiteUrl('ftp://example.org')).toThrow(/http/);
    expect(() => normalizeSiteUrl('example.org')).toThrow(/absolute URL/);
  });

  it('build paths and absolute URLs with the base path', () => {
    expect(withBasePath('/articles/x/', '/news')).toBe('/news/articles/x/');
    expect(absoluteUrl('/articles/x/#p4', 'https://example.org', '/news')).toBe('https://example.org/news/articles/x/#p4');
    expect(absoluteUrl('/', 'https://example.org', '')).toBe('https://example.org/');
  });
});

describe('page metadata', () => {
  it('gives a canonical URL, Open Graph and Twitter card, all absolute under the base path', async () => {
    const { pageMetadata } = await withEnv({ SITE_URL: 'https://example.org', BASE_PATH: '/news' }, () => import('@/lib/site/metadata'));
    const meta = pageMetadata({ title: 'T', description: 'D', path: '/articles/t/', image: { path: '/og/articles/t.png', alt: 'A' } });
    expect(meta.alternates?.canonical).toBe('https://example.org/news/articles/t/');
    expect(meta.openGraph).toMatchObject({ url: 'https://example.org/news/articles/t/', title: 'T', description: 'D', type: 'website' });
    expect(meta.openGraph?.images).toEqual([{ url: 'https://example.org/news/og/articles/t.png', alt: 'A', width: 1200, height: 630, type: 'image/png' }]);
    expect(meta.twitter).toMatchObject({ card: 'summary_large_image', images: meta.openGraph?.images });
    expect(meta.alternates?.types).toEqual({ 'application/rss+xml': [{ url: 'https://example.org/news/feed.xml', title: 'Storyline: articles' }] });
  });

  it('leaves out the canonical URL for a page without a path (the 404 page)', async () => {
    const { pageMetadata } = await import('@/lib/site/metadata');
    const meta = pageMetadata({ title: 'Page not found', description: 'D', image: { path: '/og/site.png', alt: 'A' } });
    expect(meta.alternates).not.toHaveProperty('canonical');
    expect(meta.openGraph).not.toHaveProperty('url');
  });
});

describe('NewsArticle JSON-LD', () => {
  it('states headline, date, author, publisher, url and the original page when the article gives them', async () => {
    const { newsArticleJsonLd } = await withEnv({ SITE_URL: 'https://example.org', BASE_PATH: '/news' }, () => import('@/lib/site/json-ld'));
    expect(newsArticleJsonLd(full)).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Canada and Mexico step up border talks',
      datePublished: '2025-02-10',
      author: [{ '@type': 'Person', name: 'Jo Writer' }],
      publisher: { '@type': 'Organization', name: 'Example News' },
      url: 'https://example.org/news/articles/canada-and-mexico-step-up-border-talks/',
      image: ['https://example.org/news/og/articles/canada-and-mexico-step-up-border-talks.png'],
      isBasedOn: 'https://example.com/story',
    });
  });

  it('says nothing it does not know', async () => {
    const { newsArticleJsonLd } = await import('@/lib/site/json-ld');
    const data = newsArticleJsonLd(bare);
    for (const key of ['datePublished', 'author', 'publisher', 'isBasedOn']) expect(data).not.toHaveProperty(key);
    expect(data.headline).toBe(bare.title);
  });

  it('cannot close its script element, whatever the article says', async () => {
    const { serializeJsonLd } = await import('@/lib/site/json-ld');
    const json = serializeJsonLd({ headline: '</script><script>alert(1)</script>' });
    expect(json).not.toContain('<');
    expect(JSON.parse(json).headline).toBe('</script><script>alert(1)</script>');
  });
});
