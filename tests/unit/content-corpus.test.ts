import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadArticles } from '@/lib/content';
import type { Article } from '@/lib/schema/content';
import { coverageProblems } from '../helpers/coverage';
import { CORPUS_DIR, hasCorpus, NEWSWIRE_FIXTURE_DIR } from '../helpers/paths';

describe('newswire format (short articles written for the tests)', () => {
  const { articles } = loadArticles(NEWSWIRE_FIXTURE_DIR);
  const byId = (id: string) => articles.find((a) => a.id === id)!;

  it('reads the headline on the first line and the dateline: place, agency and publication date', () => {
    expect(byId('afp-navy-chief')).toMatchObject({
      title: 'Former navy chief questioned over missing funds',
      titleDerived: false,
      source: 'AFP',
      published: { value: '1997-03-12', from: 'dateline' },
    });
    expect(byId('afp-navy-chief').blocks[1]).toMatchObject({ type: 'dateline', place: 'KIEV', date: '1997-03-12', agency: 'AFP', line: 3 });
    // Xinhua abbreviates the month.
    expect(byId('xin-denver-snow')).toMatchObject({
      title: 'Snowstorm grounds 200 flights in Denver',
      source: 'Xinhua',
      published: { value: '2006-12-03', from: 'dateline' },
    });
  });

  it('accounts for every line of every article (nothing lost)', () => {
    expect(articles.map((a) => a.id)).toEqual(['afp-lima-carmakers', 'afp-navy-chief', 'xin-denver-snow']);
    const problems = articles.flatMap((a) =>
      coverageProblems(a, readFileSync(join(NEWSWIRE_FIXTURE_DIR, `${a.id}.txt`), 'utf8')).map((p) => `${a.id}: ${p}`),
    );
    expect(problems).toEqual([]);
  });
});

// Real newswire nobody tuned the loader to: 915 AFP and Xinhua articles at CORPUS_DIR (tests/helpers/paths.ts).
describe.skipIf(!hasCorpus)('newswire corpus', () => {
  let articles: Article[];
  beforeAll(() => {
    articles = loadArticles(CORPUS_DIR).articles;
  });

  it('loads all 915 articles with unique slugs', () => {
    expect(articles).toHaveLength(915);
    expect(new Set(articles.map((a) => a.slug)).size).toBe(915);
  });

  it('accounts for every line of every article (nothing lost)', () => {
    const problems = articles.flatMap((a) =>
      coverageProblems(a, readFileSync(join(CORPUS_DIR, `${a.id}.txt`), 'utf8')).map((p) => `${a.id}: ${p}`),
    );
    expect(problems).toEqual([]);
  });

  it('reads the dateline: place, agency and a publication date near the file date', () => {
    for (const article of articles) {
      const dateline = article.blocks.find((b) => b.type === 'dateline');
      expect(dateline, article.id).toBeDefined();
      const fileDate = /_(\d{4})(\d{2})(\d{2})\./.exec(article.id)!.slice(1).join('-');
      const days = Math.abs(Date.parse(article.published!.value) - Date.parse(fileDate)) / 86_400_000;
      expect(days, article.id).toBeLessThanOrEqual(2);
    }
  });

  it('finds a headline on the first line of most articles that have one', () => {
    // A first line that is only an editor's note ("ATTENTION - ADDS details ///") holds no headline.
    const noteOnly = (a: (typeof articles)[number]) => a.chrome.some((c) => c.line === 1 && c.reason === 'editor-note' && a.titleDerived);
    const withLine = articles.filter((a) => !noteOnly(a));
    expect(withLine.filter((a) => !a.titleDerived).length / withLine.length).toBeGreaterThan(0.85);
    expect(articles.filter(noteOnly).length).toBeLessThan(articles.length * 0.15);
  });
});
