import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArticles } from '@/lib/content';
import { bodyUnits } from '@/lib/content/text-units';
import type { Article, BlockOf, Block } from '@/lib/schema/content';
import { coverageProblems } from '../helpers/coverage';
import { articleFiles, SEED_DIR } from '../helpers/paths';

const { articles, notices } = loadArticles(SEED_DIR);
const byId = (prefix: string) => articles.find((a) => a.id.startsWith(prefix))!;
const blocksOf = <T extends Block['type']>(article: Article, type: T) =>
  article.blocks.filter((b): b is BlockOf<T> => b.type === type);
const bodyText = (article: Article) => JSON.stringify(article.blocks);

describe('seed articles', () => {
  it('loads every file in content/articles as a valid record, ids from file names', () => {
    expect(articles.map((a) => `${a.id}.txt`)).toEqual(articleFiles(SEED_DIR));
    expect(notices).toEqual([]);
  });

  it.each(articleFiles(SEED_DIR))('%s: every non-chrome line is in exactly one block (nothing lost)', (file) => {
    const article = articles.find((a) => file.startsWith(a.id))!;
    expect(coverageProblems(article, readFileSync(join(SEED_DIR, file), 'utf8'))).toEqual([]);
  });

  it('gives unique, stable slugs made from the titles', () => {
    const slugs = articles.map((a) => a.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(byId('001').slug).toBe('canada-and-mexico-intensify-border-talks-to-dodge-trumps-tariffs');
  });

  it('finds a headline in the text, and marks a derived one when there is none', () => {
    expect(byId('001')).toMatchObject({ title: 'Canada and Mexico Intensify Border Talks to Dodge Trump’s Tariffs', titleDerived: false });
    expect(byId('004')).toMatchObject({ title: 'Canada and Mexico Unite to Face U.S. Trade Challenges After Trump-Era Tensions', titleDerived: false });
    // No headline: 002's summary box has one of its own; 000 and 003 start with a paragraph.
    expect(byId('002')).toMatchObject({ title: 'Border Tensions: Tariffs Spark Urgent Agreements', titleDerived: true });
    for (const id of ['000', '003']) {
      const article = byId(id);
      expect(article.titleDerived).toBe(true);
      expect(article.blocks.some((b) => b.type === 'headline')).toBe(false);
      expect(article.title.split(' ').length).toBeLessThanOrEqual(16);
      expect(bodyUnits(article.blocks)[0]!.text.startsWith(article.title.replace(/…$/, ''))).toBe(true);
    }
  });

  it('removes site chrome and records it instead of dropping it', () => {
    const a4 = byId('004');
    expect(a4.chrome).toEqual([
      { line: 1, text: 'Home WorldAmericas Canada and Mexico Unite to Face U.S. Trade Challenges After Trump-Era Tensions', reason: 'breadcrumb' },
      { line: 47, text: 'Leave a Comment', reason: 'comment-prompt' },
    ]);
    expect(byId('003').chrome).toEqual([{ line: 32, text: 'Leave a comment', reason: 'comment-prompt' }]);
    expect(byId('000').chrome).toEqual([{ line: 6, text: '10 Comments', reason: 'comment-count' }]);
    for (const article of articles) {
      expect(bodyText(article)).not.toMatch(/Home WorldAmericas|Leave a comment|\d+ Comments/i);
    }
  });

  it('keeps reader comments apart from the body, with their authors', () => {
    const a0 = byId('000');
    expect(a0.comments).toHaveLength(10);
    expect(a0.comments[0]).toMatchObject({ author: 'Eugene Alta', line: 7, endLine: 8 });
    expect(a0.comments[0]!.unit.text).toBe('These talks could form the blueprint for a stronger, safer, and more resilient North American partnership.');
    expect(a0.comments.map((c) => c.unit.anchor)).toEqual(a0.comments.map((_, i) => `c${i + 1}`));
    expect(a0.comments.at(-1)!.author).toBe('Muchacha');
    expect(bodyText(a0)).not.toContain('KittyKat');
    expect(blocksOf(a0, 'paragraph')).toHaveLength(5);
  });

  it('reads "At a glance" and "Key Takeaways" bullet boxes, including indented • lines', () => {
    const [glance] = blocksOf(byId('001'), 'takeaways');
    expect(glance!.label).toBe('At a glance');
    expect(glance!.items.map((i) => i.text)).toHaveLength(4);
    expect(glance!.items[0]!.text).toBe('Canada and Mexico face potential 25% U.S. tariffs on over $918 billion in exports, due by March 4.');
    const [key] = blocksOf(byId('002'), 'takeaways');
    expect(key).toMatchObject({ label: 'Key Takeaways', line: 1, endLine: 4 });
    expect(key!.items).toHaveLength(3);
  });

  it('reads headings, dash lists, the image, glossary, summary box, credit and related links of 002', () => {
    const a2 = byId('002');
    expect(blocksOf(a2, 'heading').map((h) => h.text)).toEqual([
      'Agreements Under Pressure',
      'Mexico Steps Up Border Security',
      'Canada’s Role and Reduced Fentanyl Threat',
      'Ongoing Negotiations',
      'Legal and Economic Challenges',
      'Risks of Retaliation',
      'Impacts on Trade and Cross-Border Relations',
      'Conclusion',
    ]);
    const lists = blocksOf(a2, 'list');
    expect(lists.map((l) => l.items.length)).toEqual([3, 3]);
    expect(lists[0]!.items[1]!.text).toBe('Stop drug smuggling, particularly fentanyl');
    const [figure] = blocksOf(a2, 'figure');
    expect(figure!.alt).toMatch(/^Will Border Security Deals with Canada and Mexico Deliver Real Results to USA\?/);
    expect(figure!.src).toMatch(/^https:\/\/i0\.wp\.com\//);
    const [glossary] = blocksOf(a2, 'glossary');
    expect(glossary!.label).toBe('Learn Today');
    expect(glossary!.entries.map((e) => e.term)).toEqual([
      'Fentanyl',
      'Remain in Mexico Policy',
      'International Emergency Economic Powers Act (IEEPA)',
      'National Guard',
      'USMCA (United States-Mexico-Canada Agreement)',
    ]);
    expect(glossary!.entries[0]!.definition.text).toMatch(/^A powerful synthetic opioid/);
    const [summary] = blocksOf(a2, 'summary');
    expect(summary).toMatchObject({ label: 'This Article in a Nutshell', heading: 'Border Tensions: Tariffs Spark Urgent Agreements' });
    expect(summary!.paragraphs[0]!.text).toMatch(/^Under tariff threats/);
    expect(a2.source).toBe('VisaVerge.com');
    const [related] = blocksOf(a2, 'related');
    expect(related!.label).toBe('Read more');
    expect(related!.links).toHaveLength(5);
    expect(related!.links[1]).toEqual({ text: 'Canada Ends Open Work Permits for Hong Kong Graduates' });
  });

  it('parses both GFM tables of 003 with their cells as citable units', () => {
    const tables = blocksOf(byId('003'), 'table');
    expect(tables.map((t) => t.header)).toEqual([['Aspect', 'Details'], ['Area', 'Potential Impact']]);
    expect(tables.map((t) => t.rows.length)).toEqual([8, 7]);
    const trade = tables[0]!.rows[1]!;
    expect(trade[0]!.text).toBe('Trade Relations');
    expect(trade[1]!.text).toBe('Bilateral trade valued at C$56 billion ($40.5 billion) in 2024. Both countries committed to boosting trade and supporting the USMCA agreement.');
    expect(trade[1]!.sentences.map((s) => s.anchor)).toEqual([`${trade[1]!.anchor}-s1`, `${trade[1]!.anchor}-s2`]);
  });

  it('reads the byline and standfirst of 004', () => {
    const a4 = byId('004');
    expect(a4.byline).toBe('Bubbles');
    expect(a4.source).toBeUndefined();
    expect(a4.blocks.slice(0, 3).map((b) => b.type)).toEqual(['headline', 'paragraph', 'byline']);
  });

  it('numbers text units p1… in reading order and splits sentences with exact offsets', () => {
    for (const article of articles) {
      const units = bodyUnits(article.blocks);
      expect(units.map((u) => u.anchor)).toEqual(units.map((_, i) => `p${i + 1}`));
      for (const unit of units) {
        for (const [i, s] of unit.sentences.entries()) {
          expect(s.anchor).toBe(`${unit.anchor}-s${i + 1}`);
          expect(unit.text.slice(s.start, s.end)).toBe(s.text);
        }
        expect(unit.sentences.map((s) => s.text).join(' ').replace(/\s+/g, ' ')).toBe(unit.text.replace(/\s+/g, ' '));
      }
    }
    const p9 = bodyUnits(byId('001').blocks).find((u) => u.anchor === 'p9')!;
    expect(p9.sentences.map((s) => s.text)).toEqual([
      'The stakes are high, as the threatened tariffs cover over $918 billion in U.S. imports from autos to energy.',
      expect.stringMatching(/^Mexican Economy Minister Marcelo Ebrard called a recent meeting/),
      expect.stringMatching(/^Canadian Prime Minister Justin Trudeau, after a Saturday call/),
    ]);
  });

  it('counts words and reading time from the body only', () => {
    const a0 = byId('000');
    const bodyWords = bodyUnits(a0.blocks).reduce((n, u) => n + u.text.split(/\s+/).length, 0);
    expect(Math.abs(a0.wordCount - bodyWords)).toBeLessThan(bodyWords * 0.05);
    expect(a0.readingMinutes).toBe(Math.ceil(a0.wordCount / 230));
  });
});
