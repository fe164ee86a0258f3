/**
 * Property-based tests of the loader on text from the open web: arbitrary unicode, mutated seed
 * and corpus articles, hostile front matter and broken bytes. Whatever comes in, the loader either
 * returns a record that passes the Article schema and keeps its own invariants, or throws its one
 * documented error type (ContentError; ContentErrors from loadArticles). Nothing else may escape.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { ContentError, ContentErrors, loadArticleFile, loadArticles, parseArticle, type ParsedArticle } from '@/lib/content';
import { bodyUnits } from '@/lib/content/text-units';
import { assignSlugs, slugify } from '@/lib/content/slug';
import { Article } from '@/lib/schema/content';
import {
  corpusArticles, INJECTIONS, scaled, mutatedArticle, mutatedArticleBytes, newswireFixtures, newsyText, seedArticles, unicodeText,
} from '../fixtures/property/hostile-text';
import { hasCorpus } from '../helpers/paths';

/** Cases per property (times PROPERTY_SCALE, e.g. 10 for a deeper local run). */
const RUNS = scaled({ unicode: 1500, newsy: 800, mutated: 1000, frontMatter: 800, bytes: 500, folders: 60 });

/** Real articles to mutate: the seeds, the newswire fixtures and, when the corpus is there (hasCorpus), every 5th corpus article. */
const articles = [...seedArticles(), ...newswireFixtures(), ...(hasCorpus ? corpusArticles(5) : [])];
const sources = hasCorpus ? 'seed, fixture and corpus' : 'seed and fixture (no corpus)';
vi.setConfig({ testTimeout: 60_000 });
const work = mkdtempSync(join(tmpdir(), 'property-loader-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs `load`; a ContentError is an allowed outcome (undefined), anything else thrown fails the property. */
function loadOrReject<T>(load: () => T, allowed: new (...args: never[]) => Error = ContentError): T | undefined {
  try {
    return load();
  } catch (error) {
    if (error instanceof allowed) return undefined;
    throw error;
  }
}

function isCalendarDay(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** What every loaded article must satisfy, given the text it came from (after decoding); returns the problems. */
function articleProblems(parsed: ParsedArticle, text: string): string[] {
  const problems: string[] = [];
  const slug = assignSlugs([{ id: parsed.id, base: slugify(parsed.title) }]).get(parsed.id);
  const result = Article.safeParse({ ...parsed, slug });
  for (const issue of result.error?.issues ?? []) problems.push(`schema: ${issue.path.join('.')}: ${issue.message}`);

  const units = [...bodyUnits(parsed.blocks), ...parsed.comments.map((c) => c.unit)];
  for (const unit of units) {
    let previousEnd = 0;
    for (const s of unit.sentences) {
      // Inside the unit, in order, not overlapping, and exactly the unit's own characters.
      const inside = s.start >= previousEnd && s.end > s.start && s.end <= unit.text.length;
      if (!inside || unit.text.slice(s.start, s.end) !== s.text) {
        problems.push(`sentence ${s.anchor} [${s.start}, ${s.end}) ${JSON.stringify(s.text)} is not in ${JSON.stringify(unit.text)}`);
      }
      previousEnd = s.end;
    }
  }
  // Anchors become HTML ids on one page: they must be unique.
  const anchors = [
    ...units.flatMap((u) => [u.anchor, ...u.sentences.map((s) => s.anchor)]),
    ...parsed.blocks.flatMap((b) => (b.type === 'heading' ? [b.anchor] : [])),
  ];
  if (new Set(anchors).size !== anchors.length) problems.push(`duplicate anchors: ${anchors.join(' ')}`);

  // Every record points at lines that exist in the file.
  const lineCount = text.split('\n').length;
  for (const record of [...parsed.blocks, ...parsed.comments, ...parsed.chrome]) {
    const endLine = 'endLine' in record ? record.endLine : record.line;
    if (record.line < 1 || endLine < record.line || endLine > lineCount) {
      problems.push(`lines ${record.line}-${endLine} of a ${lineCount}-line file: ${JSON.stringify(record).slice(0, 160)}`);
    }
  }
  if (parsed.published && !isCalendarDay(parsed.published.value)) problems.push(`published ${parsed.published.value} is not a calendar day`);
  return problems;
}

function checkArticle(parsed: ParsedArticle, text: string): void {
  expect(articleProblems(parsed, text)).toEqual([]);
}

function checkParse(file: string, text: string): void {
  const parsed = loadOrReject(() => parseArticle(file, 'article', text));
  if (parsed) checkArticle(parsed, text);
}

/** Bytes → text exactly as decodeArticle documents it, so properties can compare against it. */
const decoded = (bytes: Uint8Array) => new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');

const extension = fc.constantFrom('.txt', '.md');

describe('parseArticle on arbitrary text', () => {
  it('returns a valid record or a ContentError for any unicode string', () => {
    fc.assert(fc.property(unicodeText(300), extension, (text, ext) => checkParse(`a${ext}`, text)), { numRuns: RUNS.unicode });
  });

  it('returns a valid record or a ContentError for news-like text full of markup, injections and odd characters', () => {
    fc.assert(fc.property(newsyText(60), extension, (text, ext) => checkParse(`a${ext}`, text)), { numRuns: RUNS.newsy });
  });

  it(`keeps its invariants on mutated ${sources} articles`, () => {
    fc.assert(
      fc.property(mutatedArticle(articles, 8, 50_000), extension, ({ text }, ext) => checkParse(`a${ext}`, text)),
      { numRuns: RUNS.mutated },
    );
  });
});

/** Front matter lines as found (or planted) in the wild: script, javascript: URLs, YAML tricks. */
const FRONT_MATTER_LINES = [
  'title: <script>alert(1)</script>', 'title: "</script><script>alert(1)</script>"', 'title: ""', 'title: "   "', 'title: 123',
  'title: [a, b]', 'title: {a: 1}', 'title: null', 'title: ~', "title: 'unterminated", 'title: !!binary aGVsbG8=',
  'title: x\ntitle: y', 'source: &a Example', 'author: *a', 'author: *nowhere', 'a: &a [*a]', '<<: {title: merged}',
  'url: javascript:alert(1)', 'url: JAVASCRIPT:alert(1)', 'url: " javascript:alert(1)"', 'url: data:text/html,<script>alert(1)</script>',
  'url: vbscript:msgbox(1)', 'url: //evil.example/x', 'url: https://example.com/"onmouseover="alert(1)', 'url: https://',
  'url: http://[::1]/', 'url: https://example.com/a b', 'url: file:///etc/passwd', 'url: https://user:pass@example.com/',
  'published: 2025-02-10', 'published: 2025-02-30', 'published: 2025-13-01', 'published: 2025-00-10', 'published: 0000-01-01',
  'published: 20250210', 'published: 2025-02-10T10:00:00Z', 'author: Jo Writer', 'entities: [x]', '? [complex, key]\n: v',
  'title: x\u2028---\u2028more', 'title: x\u2029...', '%YAML 1.2', '- a list', '\ttitle: tab', 'title: |\n  multi\n  line', ...INJECTIONS.map((i) => `title: ${JSON.stringify(i)}`),
];

/** A billion-laughs style alias bomb: tiny in the file, huge once expanded. */
const ALIAS_BOMB = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefghi'.split('').map((k, i) => `${k}: &${k} [${`*${'abcdefghi'[i]}, `.repeat(9).slice(0, -2)}]`)].join('\n');

describe('front matter', () => {
  const frontMatter = fc.array(fc.oneof({ weight: 12, arbitrary: fc.constantFrom(...FRONT_MATTER_LINES) }, { weight: 1, arbitrary: fc.constant(ALIAS_BOMB) }, { weight: 2, arbitrary: unicodeText(30) }), { maxLength: 6 });
  const body = fc.oneof(fc.constant(''), fc.constantFrom(...articles.slice(0, 8).map((a) => a.text)), newsyText(10));
  const closing = fc.constantFrom('---', '...', '--- ', '', '----');

  it('is validated or rejected with a ContentError, and a kept url is http(s) only', () => {
    fc.assert(
      fc.property(frontMatter, closing, body, (lines, close, text) => {
        const source = `---\n${lines.join('\n')}\n${close}\n${text}`;
        const parsed = loadOrReject(() => parseArticle('a.md', 'a', source));
        if (!parsed) return;
        checkArticle(parsed, source);
        if (parsed.url !== undefined) expect(new URL(parsed.url).protocol).toMatch(/^https?:$/);
      }),
      { numRuns: RUNS.frontMatter },
    );
  });
});

describe('loadArticleFile on broken bytes', () => {
  const path = (ext: string) => join(work, `article${ext}`);

  it('rejects NUL bytes and invalid UTF-8 with a ContentError naming the line, and loads everything else', () => {
    fc.assert(
      fc.property(fc.oneof(mutatedArticleBytes(articles), fc.uint8Array({ maxLength: 400 }).map((bytes) => ({ bytes }))), extension, ({ bytes }, ext) => {
        writeFileSync(path(ext), bytes);
        let error: ContentError | undefined;
        const parsed = loadOrReject(() => {
          try {
            return loadArticleFile(path(ext));
          } catch (e) {
            if (e instanceof ContentError) error = e;
            throw e;
          }
        });
        const nul = bytes.indexOf(0);
        let text: string | undefined;
        try {
          text = decoded(bytes);
        } catch {
          text = undefined;
        }
        if (nul !== -1) {
          expect(error?.problem).toMatch(/NUL byte/);
          expect(error?.line).toBe(bytes.subarray(0, nul).filter((b) => b === 0x0a).length + 1);
        } else if (text === undefined) {
          expect(error?.problem).toMatch(/not valid UTF-8/);
          expect(error?.line).toBeGreaterThanOrEqual(1);
        } else if (parsed) {
          checkArticle(parsed, text);
        } else {
          expect(error).toBeInstanceOf(ContentError);
        }
      }),
      { numRuns: RUNS.bytes },
    );
  });
});

describe('loadArticles on folders of mutated files', () => {
  it('returns valid articles with unique slugs, or one ContentErrors listing every broken file', () => {
    let folder = 0;
    fc.assert(
      fc.property(
        fc.array(fc.record({ name: fc.constantFrom('a.txt', 'b.md', 'c.txt', 'c.md', 'd.html', '.hidden', 'e'), article: mutatedArticleBytes(articles) }), { minLength: 1, maxLength: 4 }),
        (files) => {
          const dir = join(work, `folder-${folder++}`);
          mkdirSync(dir);
          for (const { name, article } of files) writeFileSync(join(dir, name), article.bytes);
          const loaded = loadOrReject(() => loadArticles(dir), ContentErrors);
          rmSync(dir, { recursive: true });
          if (!loaded) return;
          for (const article of loaded.articles) expect(Article.safeParse(article).error?.issues ?? []).toEqual([]);
          expect(new Set(loaded.articles.map((a) => a.slug)).size).toBe(loaded.articles.length);
          expect(loaded.articles.map((a) => a.id)).toEqual([...new Set(files.map((f) => f.name).filter((n) => /^[^.].*\.(txt|md)$/.test(n)).map((n) => n.replace(/\.\w+$/, '')))].sort());
        },
      ),
      { numRuns: RUNS.folders },
    );
    expect(readdirSync(work).filter((n) => n.startsWith('folder-'))).toEqual([]);
  });
});
