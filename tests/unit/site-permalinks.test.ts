import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadArticles } from '@/lib/content';
import { articlePermalinks } from '@/lib/site/permalinks';
import { SEED_DIR } from '../helpers/paths';

const SEEDS = SEED_DIR;
const NEW_ARTICLE = `---
title: Ministers meet again on the border plan
source: Example News
published: 2025-03-01
---
Ministers from both countries met again on Monday. They agreed on a timetable for the next round.

A second paragraph says what was not agreed. Officials declined to comment further.
`;

/** Every permalink of every article, by article id. */
const permalinksById = (dir: string) => new Map(loadArticles(dir).articles.map((a) => [a.id, articlePermalinks(a)]));

let temp: string | undefined;
afterEach(() => temp && rmSync(temp, { recursive: true, force: true }));

/** The seeds plus `files`, in a temp folder. */
function seedsPlus(files: Record<string, string>): string {
  temp = mkdtempSync(join(tmpdir(), 'storyline-permalinks-'));
  cpSync(SEEDS, temp, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(temp, name), text);
  return temp;
}

describe('permalinks', () => {
  const before = permalinksById(SEEDS);

  it('cover every article page and its paragraph, sentence, heading and comment anchors', () => {
    const all = [...before.values()].flat();
    expect(before.size).toBeGreaterThan(0);
    expect(all.some((url) => /\/#p\d+$/.test(url))).toBe(true);
    expect(all.some((url) => /\/#p\d+-s\d+$/.test(url))).toBe(true);
    expect(all.some((url) => /\/#c\d+$/.test(url))).toBe(true);
    expect(new Set(all).size).toBe(all.length);
  });

  it('are the same on every rebuild', () => {
    expect(permalinksById(SEEDS)).toEqual(before);
  });

  it('do not change when an article is added, even one that sorts first', () => {
    const after = permalinksById(seedsPlus({ '0000_added.md': NEW_ARTICLE }));
    expect(after.size).toBe(before.size + 1);
    for (const [id, urls] of before) expect(after.get(id), id).toEqual(urls);
    const added = after.get('0000_added')!;
    expect(added[0]).toBe('/articles/ministers-meet-again-on-the-border-plan/');
    expect(added).toContain('/articles/ministers-meet-again-on-the-border-plan/#p2-s2');
  });

  it('do not change when an added article repeats an existing title', () => {
    const existing = loadArticles(SEEDS).articles.find((a) => !a.titleDerived)!;
    const twin = NEW_ARTICLE.replace('Ministers meet again on the border plan', existing.title);
    const after = permalinksById(seedsPlus({ 'zzz_twin.md': twin }));
    for (const [id, urls] of before) expect(after.get(id), id).toEqual(urls);
    expect(after.get('zzz_twin')![0]).toMatch(new RegExp(`^/articles/${existing.slug}-[0-9a-f]{6}/$`));
  });
});

describe('permalinks of recorded articles', () => {
  // content/articles/.slugs.json records which article had a title first, so a new file that
  // sorts before it and repeats its title gets the suffix instead of taking the URL.
  it('stay when an added article that sorts first repeats a title', () => {
    const before = permalinksById(SEEDS);
    const existing = loadArticles(SEEDS).articles.find((a) => !a.titleDerived)!;
    const twin = NEW_ARTICLE.replace('Ministers meet again on the border plan', existing.title);
    const after = permalinksById(seedsPlus({ '0000_twin.md': twin }));
    expect(after.get(existing.id)).toEqual(before.get(existing.id));
    expect(after.get('0000_twin')![0]).toMatch(new RegExp(`^/articles/${existing.slug}-[0-9a-f]{6}/$`));
  });
});
