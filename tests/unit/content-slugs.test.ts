import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ContentErrors, loadArticles, recordSlugs, SLUG_REGISTRY } from '@/lib/content';
import { assignSlugs, slugify, uniqueIds } from '@/lib/content/slug';

describe('slugify', () => {
  it('transliterates instead of dropping letters', () => {
    expect(slugify('Łódź votes')).toBe('lodz-votes');
    expect(slugify('Ørsted wind farm')).toBe('orsted-wind-farm');
    expect(slugify('Москва и Киев')).toBe('moskva-i-kiev');
    expect(slugify('Αθήνα')).toBe('athina');
  });

  it('keeps the form of ASCII slugs', () => {
    expect(slugify('Canada’s Role & Trade')).toBe('canadas-role-trade');
    expect(slugify('U.S. tariffs of 25% — C$2 billion')).toBe('u-s-tariffs-of-25-c-2-billion');
  });

  it('cuts long titles at a word boundary, at most 80 characters', () => {
    const slug = slugify('word '.repeat(40));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith('-')).toBe(false);
    expect(slug).toMatch(/^(word-)*word$/);
  });
});

describe('unique ids', () => {
  it('give a repeated id a suffix from its own key, never from its position', () => {
    const ids = uniqueIds(['a', 'b', 'a'], (x) => x, (x) => `key-${x}`);
    expect(ids[0]).toBe('a');
    expect(ids[2]).toMatch(/^a-[0-9a-f]{6}$/);
    expect(uniqueIds(['a'], (x) => x, (x) => `key-${x}`, new Set(['a']))[0]).toBe(ids[2]);
  });

  it('keep a recorded article slug even when its title changed', () => {
    const slugs = assignSlugs([{ id: 'b', base: 'new-title' }, { id: 'a', base: 'old-title' }], new Map([['b', 'old-title']]));
    expect(slugs.get('b')).toBe('old-title');
    expect(slugs.get('a')).toMatch(/^old-title-[0-9a-f]{6}$/);
  });
});

describe('the slug registry', () => {
  let dir: string;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const article = (title: string) => `# ${title}\n\nA minister said on Monday that talks would go on. Nothing else was agreed.\n`;

  it('is written for new articles and then keeps their permalinks', () => {
    dir = mkdtempSync(join(tmpdir(), 'storyline-slugs-'));
    writeFileSync(join(dir, 'm.md'), article('Talks resume'));
    const first = loadArticles(dir).articles;
    expect(recordSlugs(dir, new Map(first.map((a) => [a.id, a.slug])))).toEqual(['m']);
    expect(JSON.parse(readFileSync(join(dir, SLUG_REGISTRY), 'utf8'))).toEqual({ m: 'talks-resume' });

    writeFileSync(join(dir, 'a.md'), article('Talks resume'));
    const after = new Map(loadArticles(dir).articles.map((a) => [a.id, a.slug]));
    expect(after.get('m')).toBe('talks-resume');
    expect(after.get('a')).toMatch(/^talks-resume-[0-9a-f]{6}$/);
    expect(recordSlugs(dir, after)).toEqual(['a']);
  });

  it('that is broken stops the load with its file named', () => {
    dir = mkdtempSync(join(tmpdir(), 'storyline-slugs-'));
    writeFileSync(join(dir, 'm.md'), article('Talks resume'));
    writeFileSync(join(dir, SLUG_REGISTRY), '{"m": "Not A Slug"}');
    expect(() => loadArticles(dir)).toThrow(ContentErrors);
    expect(() => loadArticles(dir)).toThrow(/\.slugs\.json: 'm': not a slug/);
    writeFileSync(join(dir, SLUG_REGISTRY), '{"m": "x", "n": "x"}');
    expect(() => loadArticles(dir)).toThrow(/slug 'x' is recorded for both 'm' and 'n'/);
    writeFileSync(join(dir, SLUG_REGISTRY), '{"m": ');
    expect(() => loadArticles(dir)).toThrow(/\.slugs\.json: not valid JSON/);
  });
});
