/**
 * Regressions for the loader bugs the property tests (property-loader.test.ts) found, each as
 * the smallest input that showed it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EntityMentionSchema, extractEntities, extractFigures, extractQuotes, FigureMentionSchema, QuoteMentionSchema } from '@/lib/extract';
import { ContentError, loadArticles, parseArticle } from '@/lib/content';

function errorOf(file: string, text: string): ContentError {
  try {
    parseArticle(file, 'a', text);
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw error;
  }
  throw new Error('parsed without an error');
}

describe('front matter found by the property tests', () => {
  it('reports a YAML alias bomb as malformed front matter instead of letting yaml throw a ReferenceError', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefghi'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(', ')}]`)];
    const error = errorOf('bomb.md', `---\n${bomb.join('\n')}\n---\nBody text.\n`);
    expect(error.problem).toMatch(/^malformed front matter: .*alias/i);
    expect(error.line).toBe(2);
  });

  it('rejects a published date that is not in the calendar, with its line', () => {
    for (const date of ['2025-02-30', '2025-13-01', '2025-00-10']) {
      const error = errorOf('date.md', `---\ntitle: T\npublished: ${date}\n---\nBody text.\n`);
      expect(error).toMatchObject({ line: 3, problem: `front matter field 'published': ${date} is not a date in the calendar` });
    }
    expect(parseArticle('leap.md', 'a', '---\npublished: 2024-02-29\n---\nBody text of the article.\n').published).toEqual({ value: '2024-02-29', from: 'front-matter' });
  });

  it('closes front matter only at a whole line, not after a U+2028 line separator inside a value', () => {
    const text = '---\ntitle: x\u2028---\u2028more\n---\nBody text of the article.\n';
    const article = parseArticle('sep.md', 'a', text);
    expect(article.title).toBe('x\u2028---\u2028more');
    expect(article.blocks).toMatchObject([{ type: 'paragraph', line: 4, endLine: 4, unit: { text: 'Body text of the article.' } }]);
  });
});

describe('labels found by the property tests', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'regression-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('loads an article with a lone ":" line before a list (it used to become an empty heading and fail validation)', () => {
    writeFileSync(join(dir, 'colon.txt'), 'A Headline for the Test\n\nThe first paragraph tells the news.\n\n:\n- one\n- two\n');
    const [article] = loadArticles(dir).articles;
    expect(article!.blocks.map((b) => b.type)).toEqual(['headline', 'paragraph', 'paragraph', 'list']);
    expect(article!.blocks[2]).toMatchObject({ type: 'paragraph', unit: { text: ':' } });
  });
});

describe('words that are also names of Object.prototype', () => {
  it('"__proto__", "constructor" and "toString" are words like any other (found by property-extract)', () => {
    for (const text of ['O*}XY __proto__ 3 1/2 years America ', '"We will win the vote tomorrow," constructor said.', 'The toString former President spoke, and constructor 3 dead were found.']) {
      const entities = extractEntities(text);
      for (const e of entities) EntityMentionSchema.parse(e);
      for (const f of extractFigures(text)) FigureMentionSchema.parse(f);
      for (const q of extractQuotes(text, entities)) QuoteMentionSchema.parse(q);
    }
  });
});
