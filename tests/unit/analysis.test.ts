import { mkdtempSync, copyFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeStory } from '@/lib/analysis';
import { fold } from '@/lib/analysis/words';
import { dateSortKey } from '@/lib/calendar';
import { nounClass, sameKind } from '@/lib/wordnet';
import { loadArticles } from '@/lib/content';
import { bodyUnits } from '@/lib/content/text-units';
import type { Relation } from '@/lib/schema/story';
import { firstDifference, inTwoProcesses } from '../helpers/determinism';
import { CORPUS_DIR, hasCorpus, NEWSWIRE_FIXTURE_DIR, SEED_DIR } from '../helpers/paths';

const { articles } = loadArticles(SEED_DIR);
const story = analyzeStory(articles);
const id = (prefix: string) => articles.find((a) => a.id.startsWith(prefix))!.id;
const entity = (name: string) => story.entities.find((e) => e.name === name)!;

/** The text of every sentence of the story, by `article#anchor`. */
const sentences = new Map(
  articles.flatMap((a) => bodyUnits(a.blocks).flatMap((u) => u.sentences.map((s) => [`${a.id}#${s.anchor}`, s.text] as const))),
);

describe('story analysis of the seeds', () => {
  it('is deterministic: two separate processes, time zones and locales apart, write the same JSON as this one', async () => {
    const [first, second] = await inTwoProcesses('story', SEED_DIR);
    expect(firstDifference(first!, second!)).toBeUndefined();
    expect(firstDifference(first!, Buffer.from(JSON.stringify(story, null, 1)))).toBeUndefined();
  }, 60_000);

  it('cites real sentences everywhere, quoting them exactly', () => {
    const citations = [
      ...story.timeline.flatMap((e) => e.sources),
      ...story.facts.flatMap((f) => f.claims),
    ];
    expect(citations.length).toBeGreaterThan(50);
    for (const c of citations) expect(sentences.get(`${c.article}#${c.anchor}`), `${c.article}#${c.anchor}`).toBe(c.quote);
    for (const e of story.entities) {
      for (const m of e.mentions) {
        const unit = bodyUnits(articles.find((a) => a.id === m.article)!.blocks).find((u) => u.anchor === m.unit)!;
        expect(unit.text.slice(m.start, m.end)).toBe(m.text);
        expect(sentences.has(`${m.article}#${m.anchor}`)).toBe(true);
      }
    }
  });

  it('merges an entity across articles with its aliases, counts and co-occurrences', () => {
    const trump = entity('Donald Trump');
    expect(trump.type).toBe('person');
    // 000 only ever says "President Trump"; the surname joins the full name of the other articles.
    expect(trump.articles).toEqual([id('000'), id('001'), id('002'), id('004')]);
    expect(trump.aliases).toContain('Trump');
    expect(trump.mentionCounts[id('000')]).toBe(3);
    const usmca = entity('United States-Mexico-Canada Agreement');
    expect(usmca.type).toBe('agreement');
    expect(usmca.aliases).toContain('USMCA');
    // 000 writes it "U.S.-Mexico-Canada trade agreement": the same agreement.
    expect(usmca.articles).toEqual([id('000'), id('002'), id('003'), id('004')]);
    expect(entity('Justin Trudeau').cooccurs.map((c) => c.entity)).toContain('donald-trump');
    expect(story.entities.map((e) => e.name)).not.toEqual(expect.arrayContaining(['Key Takeaways', 'KittyKat', 'Learn Today']));
  });

  it('flags a role conflict: one article calls Sheinbaum a President, another a Mayor', () => {
    const sheinbaum = entity('Claudia Sheinbaum');
    expect(sheinbaum.roleConflict).toBe(true);
    expect(sheinbaum.roles).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ article: id('001'), role: 'President of Mexico' }),
        expect.objectContaining({ article: id('004'), role: 'Mayor of Mexico City' }),
      ]),
    );
    // A former office is history, not a contradiction.
    const carney = entity('Mark Carney');
    expect(carney.roles).toEqual(expect.arrayContaining([expect.objectContaining({ article: id('004'), status: 'former' })]));
    expect(carney.roleConflict).toBe(false);
    expect(entity('Donald Trump').roleConflict).toBe(false);
  });

  it('shows two holders of the office of Canadian prime minister, which differ: no seed says when it was written', () => {
    // Four seeds borrow their date from the fifth, so nothing shows one report is later than another.
    const office = story.facts.find((f) => f.id === 'office-prime-minister-of-canada')!;
    expect(office).toMatchObject({ kind: 'office', status: 'differ', label: 'Prime Minister of Canada' });
    const holders = new Map(office.claims.map((c) => [c.article, c.text]));
    expect(holders.get(id('000'))).toBe('Justin Trudeau');
    expect(holders.get(id('002'))).toBe('Justin Trudeau');
    expect(holders.get(id('003'))).toBe('Mark Carney');
    expect(story.facts.find((f) => f.id === 'office-president-of-mexico')!.status).toBe('agree');
  });

  it('finds a tariff rate that differs between articles', () => {
    const differing = story.facts.filter(
      (f) => f.kind === 'figure' && f.status === 'differ' && f.claims.every((c) => c.unit === 'percent') && /tariff/i.test(f.label),
    );
    expect(differing).toHaveLength(1);
    const values = new Map(differing[0]!.claims.map((c) => [c.article, c.value]));
    expect(values.get(id('001'))).toBe(25);
    expect(values.get(id('003'))).toBe(50);
    expect(differing[0]!.claims.every((c) => /steel/.test(c.quote))).toBe(true);
  });

  it('groups the troop count: exact in two articles, vague ("thousands") in one', () => {
    const troops = story.facts.find((f) => f.claims.some((c) => c.text === 'thousands'))!;
    expect(troops.label).toMatch(/^National Guard troops/);
    expect(troops.status).toBe('approximate');
    const byArticle = new Map<string, string[]>();
    for (const c of troops.claims) byArticle.set(c.article, [...(byArticle.get(c.article) ?? []), c.text]);
    expect(byArticle.get(id('000'))).toEqual(['thousands']);
    expect(byArticle.get(id('001'))).toContain('10,000');
    expect(byArticle.get(id('002'))).toContain('10,000');
  });

  it('detects the rewrite pair and only that one: the closest pair of the story', () => {
    expect(story.relations.filter((r) => r.rewrite).map((r) => [r.a, r.b])).toEqual([[id('000'), id('001')]]);
    const closest = [...story.relations].sort((x, y) => y.similarity - x.similarity);
    expect([closest[0]!.a, closest[0]!.b]).toEqual([id('000'), id('001')]);
    expect(closest[0]!.similarity).toBeGreaterThan(closest[1]!.similarity);
    // Five articles on one story: every pair shares something, and no two are near copies.
    for (const r of story.relations) {
      expect(r.similarity, `${r.a} ${r.b}`).toBeGreaterThan(0);
      expect(r.similarity, `${r.a} ${r.b}`).toBeLessThan(0.6);
    }
  });

  it('gives each pair the same similarity and rewrite flag whatever the order of the articles', () => {
    const byPair = (relations: Relation[]) =>
      relations.map((r) => [[r.a, r.b].sort().join(' '), r.similarity, r.rewrite] as const).sort(([x], [y]) => x.localeCompare(y));
    const reversed = analyzeStory([...articles].reverse());
    expect(byPair(reversed.relations)).toEqual(byPair(story.relations));
  });

  it('builds a dated, sourced timeline in date order with stated and inferred dates', () => {
    const keys = story.timeline.map((e) => dateSortKey(e.date.value));
    expect(keys).toEqual([...keys].sort());
    const emergency = story.timeline.find((e) => e.date.value === '2025-01-20')!;
    expect(emergency).toMatchObject({ date: { precision: 'day', inferred: false }, future: false });
    expect(emergency.sources[0]).toMatchObject({ article: id('002'), dateText: 'January 20, 2025' });
    // "In December" has no year: resolved against an inferred reference date, so inferred.
    const december = story.timeline.find((e) => e.sources.some((s) => s.article === id('001') && s.dateText === 'December'))!;
    expect(december.date).toEqual({ value: '2024-12', precision: 'month', inferred: true });
    // A deadline still ahead when the article was written.
    const deadline = story.timeline.find((e) => e.sources.some((s) => s.article === id('001') && s.dateText === 'March 4'))!;
    expect(deadline).toMatchObject({ date: { value: '2025-03-04', precision: 'day' }, future: true });
    // One event reported by two articles.
    expect(story.timeline.some((e) => new Set(e.sources.map((s) => s.article)).size > 1)).toBe(true);
  });

  it('dates every article: stated, inferred from its text, or inferred from the story', () => {
    const published = new Map(story.articles.map((a) => [a.id, a.published]));
    expect(published.get(id('002'))).toMatchObject({ value: '2025-02-04', inferred: true, evidence: expect.stringContaining('February 4, 2025') });
    expect(published.get(id('000'))).toMatchObject({ value: '2025-02-04', inferred: true, evidence: expect.stringContaining('other articles') });
  });

  it('lists what only one article has, and which articles carry comments, glossary and takeaways', () => {
    const a2 = story.articles.find((a) => a.id === id('002'))!;
    expect(a2).toMatchObject({ glossaryEntries: 5, takeaways: 3, comments: 0 });
    expect(a2.uniqueEntities).toContain('proclamation-10886');
    expect(story.articles.find((a) => a.id === id('000'))!.comments).toBe(10);
    for (const a of story.articles) {
      for (const e of a.uniqueEntities) expect(story.entities.find((x) => x.id === e)!.articles).toEqual([a.id]);
    }
  });
});

describe('story analysis with an unrelated article added', () => {
  const UNRELATED = 'afp-navy-chief';
  let grown: typeof story;
  beforeAll(() => {
    const dir = mkdtempSync(join(tmpdir(), 'story-'));
    for (const f of readdirSync(SEED_DIR)) copyFileSync(join(SEED_DIR, f), join(dir, f));
    copyFileSync(join(NEWSWIRE_FIXTURE_DIR, `${UNRELATED}.txt`), join(dir, `${UNRELATED}.txt`));
    grown = analyzeStory(loadArticles(dir).articles);
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps every id', () => {
    const ids = (s: typeof story) => [
      ...s.entities.map((e) => `entity:${e.id}`),
      ...s.timeline.map((e) => `event:${e.id}`),
      ...s.facts.map((f) => `fact:${f.id}`),
      ...s.articles.map((a) => `article:${a.slug}`),
    ];
    const grownIds = new Set(ids(grown));
    expect(ids(story).filter((u) => !grownIds.has(u))).toEqual([]);
  });

  it('relates it to no seed: no rewrite, and a similarity far below any pair of the story', () => {
    const withIt = grown.relations.filter((r) => r.a === UNRELATED || r.b === UNRELATED);
    expect(withIt.map((r) => (r.a === UNRELATED ? r.b : r.a)).sort()).toEqual(articles.map((a) => a.id).sort());
    const leastSimilarSeeds = Math.min(...story.relations.map((r) => r.similarity));
    for (const r of withIt) {
      expect(r.rewrite, `${r.a} ${r.b}`).toBe(false);
      expect(r.similarity, `${r.a} ${r.b}`).toBeLessThan(Math.min(0.05, leastSimilarSeeds / 2));
    }
    expect(grown.relations.filter((r) => r.rewrite).map((r) => [r.a, r.b])).toEqual([[id('000'), id('001')]]);
  });
});

describe.skipIf(!hasCorpus)('story analysis of 100 unrelated newswire articles (corpus)', () => {
  let corpus: typeof story;
  beforeAll(() => {
    const files = readdirSync(CORPUS_DIR).sort().filter((_, i) => i % 9 === 0).slice(0, 100);
    const dir = mkdtempSync(join(tmpdir(), 'corpus-'));
    for (const f of files) copyFileSync(join(CORPUS_DIR, f), join(dir, f));
    corpus = analyzeStory(loadArticles(dir).articles);
    rmSync(dir, { recursive: true, force: true });
  });

  it('stays sane: fact groups never mix units or two numbers of one sentence', () => {
    expect(corpus.articles).toHaveLength(100);
    for (const f of corpus.facts.filter((g) => g.kind === 'figure')) {
      // "one soldier" and "two soldiers" count in one unit; "people" and "the dead" in one kind (WordNet);
      // an article's "seven workers died" is its "seven people were killed" (restates).
      const units = [...new Set(f.claims.map((c) => (c.unit ? fold(c.unit) : '')))];
      const anyone = (u: string) => u === 'people' || u === 'dead';
      const alike = (u: string, v: string) => sameKind(u, v) || (anyone(u) && nounClass(v) === 'person') || (anyone(v) && nounClass(u) === 'person');
      expect(units.every((u) => u === units[0] || (u && units[0] && alike(u, units[0]))), `${f.label}: ${units.join(', ')}`).toBe(true);
      expect(new Set(f.claims.map((c) => c.currency)).size, f.label).toBe(1);
      const sentencesUsed = f.claims.map((c) => `${c.article}#${c.anchor}`);
      expect(new Set(sentencesUsed).size, f.label).toBe(sentencesUsed.length);
    }
    for (const items of [corpus.entities, corpus.timeline, corpus.facts]) {
      const ids = items.map((item) => item.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
    // Every article keeps its stated dateline date.
    expect(corpus.articles.every((a) => a.published && !a.published.inferred)).toBe(true);
  });
});
