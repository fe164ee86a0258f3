/**
 * The hostile fixture (tests/fixtures/hostile) at the loader and renderer, before any browser:
 * injected markup is kept as text in the records and comes out of the renderer escaped, links
 * survive only for http(s), and front matter with a javascript: URL is refused.
 */
import { join } from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ContentError, loadArticleFile, loadArticles } from '@/lib/content';
import { bodyUnits } from '@/lib/content/text-units';
import { renderBlocks } from '@/lib/render';
import { HOSTILE_FIXTURE_DIR } from '../helpers/paths';

const HOSTILE = HOSTILE_FIXTURE_DIR;
const { articles } = loadArticles(join(HOSTILE, 'articles'));
const byId = (id: string) => articles.find((a) => a.id === id)!;
const texts = (id: string) => bodyUnits(byId(id).blocks).map((u) => u.text).join('\n');

describe('hostile fixture', () => {
  it('loads every article, keeping injected markup as text', () => {
    expect(articles.map((a) => a.id)).toEqual(['links-and-images', 'markup-in-text', 'unicode-tricks']);
    expect(texts('markup-in-text')).toContain('contained <script>alert(1)</script> right in');
    expect(byId('markup-in-text').comments[0]!.author).toBe("<script>alert('author')</script>");
    expect(byId('links-and-images')).toMatchObject({
      title: '<script>alert("title")</script> Links and Images That Try to Run Code',
      byline: "</script><script>alert('author')</script>",
    });
    expect(texts('unicode-tricks')).toContain(`A${'a'.repeat(9_999)} and`);
  });

  it('renders no live markup: every tag from the text is escaped, and only http(s) links remain', () => {
    for (const article of articles) {
      const html = renderToStaticMarkup(renderBlocks(article.blocks));
      expect(html, article.id).not.toMatch(/<(?:script|img|iframe|style|svg|textarea|base|meta|object|embed)\b/i);
      // React escapes < and > in text and attribute values, so every real tag starts with a bare "<".
      const attributes = [...html.matchAll(/<[a-z][^>]*>/gi)].flatMap(([tag]) => [...tag.matchAll(/\s([^\s="]+)="[^"]*"/g)].map((m) => m[1]!));
      expect(attributes.filter((name) => /^(?:on|style$|src$|srcset$|formaction$)/i.test(name)), article.id).toEqual([]);
      const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!);
      expect(hrefs.filter((href) => !/^(?:https?:\/\/|#)/.test(href)), article.id).toEqual([]);
    }
    const links = renderToStaticMarkup(renderBlocks(byId('links-and-images').blocks));
    expect(links).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect([...links.matchAll(/<a [^>]*href="(https?:[^"]*)"/g)].map((m) => m[1])).toEqual(['https://evil.example/pixel.png', 'https://example.com/safe']);
  });

  it('refuses front matter whose url is javascript:, naming the file and line', () => {
    const file = join(HOSTILE, 'rejected', 'javascript-url.md');
    expect(() => loadArticleFile(file)).toThrow(ContentError);
    expect(() => loadArticleFile(file)).toThrow(/javascript-url\.md:3: front matter field 'url'/);
  });
});
