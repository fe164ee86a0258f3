import type { FigureMention } from '../extract';
import type { AnalyzedFact, FactClaim, FactStatus } from '../schema/story';
import type { ArticleMentions, At, Reference } from './extract-article';
import { mentionKey } from './entities';
import { readableId, uniqueIds } from './ids';
import { contentWords, fold, jaccard } from './words';

/** Words either side of a figure that say what it is about ("tariffs on steel", "to border security"). */
const CONTEXT_WORDS = 6;
/** How alike a figure's context must be to that of every figure of a group to join it. */
const SAME_FACT = 0.15;

interface Candidate {
  figure: At<FigureMention>;
  article: string;
  order: number;
  /** What kind of quantity, in which unit: only like is compared with like. */
  dimension: string;
  /** The measured noun, folded ("troops" → "troop"), when the extractor found one. */
  head?: string;
  /** Context words and the entities of the sentence. */
  context: Set<string>;
  /** Entity ids named in the figure's sentence. */
  entities: Set<string>;
  quote: string;
  /** The figure as written, with its restatement if any: "C$2 billion ($1.4 billion)". */
  text: string;
  reference?: Reference;
}

function dimension(f: FigureMention): string {
  if (f.kind === 'money') return `money:${f.currency ?? '?'}`;
  if (f.kind === 'percent') return 'percent';
  return `${f.kind === 'duration' ? 'duration' : 'count'}:${fold(f.unit ?? f.measure?.split(/\s+/).at(-1) ?? '')}`;
}

function contextOf(sentence: string, figureStart: number, figureEnd: number): string[] {
  const before = contentWords(sentence.slice(0, figureStart)).slice(-CONTEXT_WORDS);
  const after = contentWords(sentence.slice(figureEnd)).slice(0, CONTEXT_WORDS);
  return [...before, ...after];
}

function candidatesOf(
  mentions: ArticleMentions,
  order: number,
  reference: Reference | undefined,
  entityOf: Map<string, string>,
): Candidate[] {
  // Entities named inside a figure ("US dollars") say how it is measured, not what it is about.
  const insideFigure = (e: { start: number; end: number }) => mentions.figures.some((f) => e.start < f.end && f.start < e.end);
  const entitiesBySentence = new Map<string, string[]>();
  for (const e of mentions.entities) {
    const id = entityOf.get(mentionKey(e.at));
    if (id && !insideFigure(e)) entitiesBySentence.set(e.at.anchor, [...(entitiesBySentence.get(e.at.anchor) ?? []), `#${id}`]);
  }
  const restatements = new Map<number, At<FigureMention>>();
  for (const f of mentions.figures) if (f.equivalentOf) restatements.set(f.equivalentOf.start, f);

  // A bare number (no unit, nothing it measures) cannot be compared with anything.
  return mentions.figures
    .filter((f) => !f.equivalentOf && (f.kind !== 'count' || f.unit || f.measure))
    .map((figure) => {
      const sentence = mentions.text.sentence(figure.at.anchor)!;
      const offset = figure.at.start - sentence.start;
      const measureWords = contentWords(figure.measure ?? '');
      const restated = restatements.get(figure.start);
      const entities = entitiesBySentence.get(figure.at.anchor) ?? [];
      return {
        figure,
        article: mentions.article.id,
        order,
        dimension: dimension(figure),
        ...(measureWords.length > 0 && { head: measureWords.at(-1)! }),
        context: new Set([
          ...measureWords,
          ...contextOf(sentence.text, offset, offset + figure.text.length),
          ...entities,
        ]),
        entities: new Set(entities),
        quote: sentence.text,
        text: restated ? `${figure.text} (${restated.text})` : figure.text,
        reference,
      };
    });
}

const sharesEntity = (a: Candidate, b: Candidate) => [...a.entities].some((e) => b.entities.has(e));

/**
 * Can `c` be the same fact as the group's figures: same dimension, same measured thing, about
 * the same entities as every one of them, and never from a sentence one of them is in (two
 * numbers in one sentence measure two things)?
 */
function compatible(group: Candidate[], c: Candidate): boolean {
  const first = group[0]!;
  if (first.dimension !== c.dimension) return false;
  if (group.some((g) => (g.article === c.article && g.figure.at.anchor === c.figure.at.anchor) || !sharesEntity(g, c))) return false;
  const heads = new Set(group.flatMap((g) => (g.head ? [g.head] : [])));
  if (c.head) return heads.size === 0 ? group.some((g) => g.context.has(c.head!)) : heads.has(c.head);
  return heads.size === 0 || [...heads].some((h) => c.context.has(h));
}

/** The least similar member decides (complete linkage), so a group cannot drift by chaining. */
function similarity(group: Candidate[], c: Candidate): number {
  return Math.min(...group.map((g) => jaccard(g.context, c.context)));
}

const isFuzzy = (f: FigureMention) => f.kind === 'vague' || f.approximate || f.bound !== undefined;

/** Whether a vague or bounded figure is consistent with an exact one ("thousands" with 10,000). */
function consistent(fuzzy: FigureMention, exact: number): boolean {
  if (fuzzy.kind === 'vague') return exact >= fuzzy.value && exact < fuzzy.value * 1000;
  if (fuzzy.bound === 'upper') return exact <= fuzzy.value;
  if (fuzzy.bound === 'lower') return exact >= fuzzy.value;
  return Math.abs(exact - fuzzy.value) <= Math.abs(fuzzy.value) * 0.1;
}

/**
 * agree: every article gives the same exact number; approximate: some give a vague or bounded
 * number that fits the exact one; changed: the numbers differ and the articles were written at
 * different (stated) dates; differ: otherwise.
 */
export function factStatus(group: Candidate[]): FactStatus {
  if (new Set(group.map((c) => c.article)).size === 1) return 'single';
  const exact = group.filter((c) => !isFuzzy(c.figure));
  const values = new Set(exact.map((c) => c.figure.value));
  const fuzzy = group.filter((c) => isFuzzy(c.figure));
  if (values.size <= 1) {
    if (fuzzy.length === 0) return 'agree';
    const value = exact[0]?.figure.value;
    if (value === undefined) return new Set(fuzzy.map((c) => `${c.figure.value}${c.figure.bound}`)).size === 1 ? 'agree' : 'approximate';
    return fuzzy.every((c) => consistent(c.figure, value)) ? 'approximate' : 'differ';
  }
  const statedDates = new Map<number, Set<string>>();
  for (const c of exact) {
    if (!c.reference || c.reference.inferred) return 'differ';
    statedDates.set(c.figure.value, (statedDates.get(c.figure.value) ?? new Set()).add(c.reference.value));
  }
  const dates = [...statedDates.values()];
  const overlapping = dates.some((a, i) => dates.some((b, j) => i < j && [...a].some((d) => b.has(d))));
  return overlapping ? 'differ' : 'changed';
}

function label(group: Candidate[]): string {
  const measures = new Map<string, number>();
  for (const c of group) if (c.figure.measure) measures.set(c.figure.measure, (measures.get(c.figure.measure) ?? 0) + 1);
  const measure = [...measures].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length)[0]?.[0];
  const f = group[0]!.figure;
  const unit = f.kind === 'percent' ? 'rate' : f.kind === 'money' ? `amount in ${f.currency ?? 'an unknown currency'}` : f.unit;
  const base = measure ?? group[0]!.text;
  return unit && !base.toLowerCase().includes(unit.toLowerCase()) ? `${capitalizeFirst(base)} (${unit})` : capitalizeFirst(base);
}

const capitalizeFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function claim(c: Candidate): FactClaim {
  const f = c.figure;
  return {
    article: c.article,
    anchor: f.at.anchor,
    quote: c.quote,
    text: c.text,
    value: f.value,
    ...(f.unit && { unit: f.unit }),
    ...(f.currency && { currency: f.currency }),
    ...(isFuzzy(f) && { approximate: true }),
    ...(f.bound && { bound: f.bound }),
    span: { unit: f.at.unit, start: f.at.start, end: f.at.end },
  };
}

/**
 * The groups a figure could join, so it is not compared with every group of the story (which
 * made grouping quadratic). A figure joins only a group of its dimension that shares an entity
 * with every member, so with its first member: groups are filed under dimension and each entity
 * of their first figure.
 */
class GroupIndex {
  private readonly byKey = new Map<string, number[]>();

  private static key(dimension: string, entity: string): string {
    return `${dimension}\u0000${entity}`;
  }

  add(group: number, first: Candidate): void {
    for (const entity of first.entities) {
      const key = GroupIndex.key(first.dimension, entity);
      const filed = this.byKey.get(key);
      if (filed) filed.push(group);
      else this.byKey.set(key, [group]);
    }
  }

  /** Group numbers in the order the groups were made, as a scan of all groups would meet them. */
  candidates(c: Candidate): number[] {
    const found = new Set<number>();
    for (const entity of c.entities) for (const group of this.byKey.get(GroupIndex.key(c.dimension, entity)) ?? []) found.add(group);
    return [...found].sort((a, b) => a - b);
  }
}

/**
 * Figures from all articles grouped into facts: like quantities (same dimension and measured
 * noun) whose surrounding words and entities agree. Groups reported by several articles first.
 */
export function buildFigureFacts(
  articles: { mentions: ArticleMentions; reference: Reference | undefined }[],
  entityOf: Map<string, string>,
): AnalyzedFact[] {
  const groups: Candidate[][] = [];
  const index = new GroupIndex();
  articles.forEach(({ mentions, reference }, order) => {
    for (const c of candidatesOf(mentions, order, reference, entityOf)) {
      let best: { group: Candidate[]; score: number } | undefined;
      for (const g of index.candidates(c)) {
        const group = groups[g]!;
        if (!compatible(group, c)) continue;
        const score = similarity(group, c);
        if (score >= SAME_FACT && (!best || score > best.score)) best = { group, score };
      }
      if (best) best.group.push(c);
      else index.add(groups.push([c]) - 1, c);
    }
  });
  const ranked = groups
    .map((group) => ({ group, label: label(group), status: factStatus(group), sources: new Set(group.map((c) => c.article)).size }))
    .sort((a, b) => b.sources - a.sources || a.group[0]!.order - b.group[0]!.order || a.group[0]!.figure.at.start - b.group[0]!.figure.at.start);
  const ids = uniqueIds(
    ranked,
    (r) => readableId(r.label, 6),
    (r) => `${r.group[0]!.article}#${r.group[0]!.figure.at.anchor}:${r.group[0]!.figure.at.start}`,
  );
  return ranked.map((r, i) => ({
    id: ids[i]!,
    label: r.label,
    kind: 'figure',
    status: r.status,
    claims: r.group.map(claim),
  }));
}
