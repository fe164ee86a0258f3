import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ContentError, ContentErrors, loadArticleFile, loadArticles, MAX_ARTICLE_BYTES } from '@/lib/content';
import { bodyUnits } from '@/lib/content/text-units';
import { renderBlocks } from '@/lib/render';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'articles-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** The ContentError thrown for one file, so tests can check its file, line and wording. */
function errorFor(name: string, content: string | Uint8Array): ContentError {
  const path = write(name, content);
  try {
    loadArticleFile(path);
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return error as ContentError;
  }
  throw new Error(`${name} loaded without an error`);
}

const STORY = 'A Headline for the Test\n\nThe first paragraph says something. It has two sentences.\n';

describe('bad input', () => {
  it('rejects an empty or blank file, naming it', () => {
    expect(errorFor('empty.txt', '').message).toBe(`${join(dir, 'empty.txt')}: file is empty`);
    expect(errorFor('blank.txt', ' \n\t\n').problem).toBe('file is empty');
  });

  it('rejects a binary file with the line of its first NUL byte', () => {
    const error = errorFor('binary.txt', new Uint8Array([0x41, 0x0a, 0x42, 0x0a, 0x00, 0x01]));
    expect(error.line).toBe(3);
    expect(error.problem).toMatch(/binary file/);
  });

  it('rejects text that is not UTF-8, with the line of the first bad byte', () => {
    const latin1 = Buffer.concat([Buffer.from('Title line\n\nCaf'), Buffer.from([0xe9]), Buffer.from(' au lait.\n')]);
    const error = errorFor('latin1.txt', latin1);
    expect(error.line).toBe(3);
    expect(error.message).toMatch(/latin1\.txt:3: not valid UTF-8/);
  });

  it('accepts a BOM and CRLF or CR line endings, keeping line numbers true', () => {
    const article = loadArticleFile(write('crlf.txt', `\uFEFF${STORY.replace(/\n/g, '\r\n')}`));
    expect(article.title).toBe('A Headline for the Test');
    expect(article.blocks[1]).toMatchObject({ type: 'paragraph', line: 3 });
    expect(JSON.stringify(article)).not.toMatch(/\\r|\uFEFF/);
    const cr = loadArticleFile(write('cr.txt', STORY.replace(/\n/g, '\r')));
    expect(cr.blocks.map((b) => b.line)).toEqual([1, 3]);
  });

  it('rejects a file over the size cap', () => {
    const error = errorFor('huge.txt', 'word '.repeat(MAX_ARTICLE_BYTES / 5 + 1));
    expect(error.problem).toMatch(/limit is 1048576 bytes/);
  });

  it('gives colliding titles distinct, deterministic slugs and says so', () => {
    write('b-second.txt', STORY);
    write('a-first.txt', STORY);
    const first = loadArticles(dir);
    // The suffix is a hash of the article's own id: spelled out, so it must be the same in every process and on every machine.
    expect(first.articles.map((a) => a.slug)).toEqual(['a-headline-for-the-test', 'a-headline-for-the-test-2e729f']);
    expect(first.notices).toHaveLength(1);
    expect(first.notices[0]).toMatch(/a-first\.txt, .*b-second\.txt share the title slug/);
  });

  it('reads front matter in .md files as metadata', () => {
    const article = loadArticleFile(
      write('meta.md', '---\ntitle: Given Title\nsource: Example News\nurl: https://example.com/a\npublished: 2025-02-04\nauthor: Jo Writer\n---\nBody text of the article goes here.\n'),
    );
    expect(article).toMatchObject({
      title: 'Given Title',
      titleDerived: false,
      source: 'Example News',
      byline: 'Jo Writer',
      url: 'https://example.com/a',
      published: { value: '2025-02-04', from: 'front-matter' },
    });
    expect(article.blocks[0]).toMatchObject({ type: 'paragraph', line: 8 });
  });

  it('does not treat --- in a .txt file as front matter', () => {
    const article = loadArticleFile(write('rule.txt', '---\ntitle: not metadata\n---\nBody text of the article goes here.\n'));
    expect(article.chrome.map((c) => c.reason)).toEqual(['separator', 'separator']);
    expect(bodyUnits(article.blocks).map((u) => u.text)).toContain('title: not metadata');
  });

  it('reports malformed front matter with the line and the problem', () => {
    expect(errorFor('yaml.md', '---\ntitle: ok\nsource: [unclosed\n---\nBody.\n')).toMatchObject({ line: expect.any(Number) });
    expect(errorFor('yaml.md', '---\ntitle: ok\nsource: [unclosed\n---\nBody.\n').problem).toMatch(/^malformed front matter/);
    expect(errorFor('unknown.md', '---\ntitle: ok\nentities: [a, b]\n---\nBody.\n')).toMatchObject({
      line: 3,
      problem: expect.stringMatching(/unknown front matter field 'entities'/),
    });
    expect(errorFor('date.md', '---\npublished: last Tuesday\n---\nBody.\n')).toMatchObject({
      line: 2,
      problem: expect.stringMatching(/'published'.*YYYY-MM-DD/),
    });
    expect(errorFor('open.md', '---\ntitle: never closed\nBody.\n')).toMatchObject({ line: 1, problem: expect.stringMatching(/never closed/) });
    expect(errorFor('list.md', '---\n- a\n- b\n---\nBody.\n').problem).toMatch(/key: value/);
  });

  it('rejects front matter with no article text after it', () => {
    expect(errorFor('only-meta.md', '---\ntitle: Lonely\n---\n\n').problem).toMatch(/no text/);
  });

  it('keeps HTML and script tags as text and never renders them as markup', () => {
    const article = loadArticleFile(
      write('html.txt', 'Headline With Markup\n\nHello <script>alert(1)</script> and <img src=x onerror=alert(2)> <b>bold</b>.\n'),
    );
    const unit = bodyUnits(article.blocks)[0]!;
    expect(unit.text).toBe('Hello <script>alert(1)</script> and <img src=x onerror=alert(2)> <b>bold</b>.');
    const html = renderToStaticMarkup(renderBlocks(article.blocks));
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toMatch(/<script|<img|<b>/);
  });

  it('rejects unsupported file types and duplicate ids, reporting every broken file at once', () => {
    write('notes.docx', 'x');
    write('same.txt', STORY);
    write('same.md', STORY);
    write('empty.txt', '');
    let thrown: unknown;
    try {
      loadArticles(dir);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ContentErrors);
    const messages = (thrown as ContentErrors).errors.map((e) => e.message);
    expect(messages).toEqual([
      `${join(dir, 'empty.txt')}: file is empty`,
      `${join(dir, 'notes.docx')}: unsupported file type '.docx'; articles are .txt or .md`,
      `${join(dir, 'same.txt')}: article id 'same' is also used by ${join(dir, 'same.md')}; rename one file`,
    ]);
  });

  it('rejects an empty content folder', () => {
    expect(() => loadArticles(dir)).toThrow(/no articles found/);
  });
});
