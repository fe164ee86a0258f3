import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArticles } from '@/lib/content';
import { coverageProblems } from '../helpers/coverage';
import { CORPUS_DIR } from '../helpers/paths';

// Real newswire nobody tuned the loader to: 915 AFP and Xinhua articles.
const { articles } = loadArticles(CORPUS_DIR);

describe('newswire corpus', () => {
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
    const moscow = articles.find((a) => a.id === 'AFP_ENG_19970401.0092')!;
    expect(moscow).toMatchObject({
      title: 'Former Russian army chief under corruption probe',
      titleDerived: false,
      source: 'AFP',
      published: { value: '1997-04-01', from: 'dateline' },
    });
  });

  it('finds a headline on the first line of most articles', () => {
    const withHeadline = articles.filter((a) => !a.titleDerived).length;
    expect(withHeadline / articles.length).toBeGreaterThan(0.85);
  });
});
