import type { DateMention } from '../extract';
import type { AnalyzedFact, FactClaim } from '../schema/story';
import type { ArticleMentions, At, Reference } from './extract-article';
import { candidatesOf, consistent, isFuzzy, type Candidate } from './fact-candidates';
import { compatible, quotesSameWords, restates, sameAmount, sameCountOfKind, sameEvent, sameLargeCount, saysWhatHappened, saysWhoseSum } from './fact-identity';
import { label } from './fact-labels';
import { placeContainment } from './place-containment';
import { factStatus, type Version } from './fact-status';
import { readableId, uniqueIds } from './ids';
import { jaccard } from './words';
import { isSameOrNarrowerKind, sameKind } from '../wordnet';

/** How alike a figure's context must be to that of every figure of a group to join it. */
const SAME_FACT = 0.15;
/**
 * The same when both clauses say what is counted and what happened to it, and name no other
 * event, or count the same number of one kind of thing: then the words around them need agree
 * only a little (one report's "killing all 24 miners" is another's "24 miners were killed";
 * "five locations" under consideration are "five sites" another looks at).
 */
const SAME_FACT_SAID = 0.05;

/**
 * The same sum or rate of the same named body in every report (sameAmount), or the same quoted
 * words (quotesSameWords): the words around it may share nothing, as when one report calls it
 * "a $5 billion hit" and another "its $5 billion estimate".
 */
const SAME_AMOUNT = 0;

/** Between equally close reports, one with the same number is the likelier version. */
const SAME_VALUE_BONUS = 0.01;


/**
 * Two numbers from different articles whose sentences name no place, body or day: nothing says
 * they are of one event ("killing at least seven people" before the vote, "left four people
 * dead" on polling day), so what happened is not enough to call one a version of the other;
 * their words must agree. The same number is likelier one count ("20,000 lives", "20,000 people").
 */
const unmoored = (a: Candidate, b: Candidate) =>
  a.article !== b.article && a.figure.value !== b.figure.value && [a, b].every((x) => x.entities.size === 0 && x.days.size === 0);

/** A figure as one source's version of its fact. */
const versionOf = (c: Candidate): Version => ({
  article: c.article,
  value: isFuzzy(c.figure) ? `${c.figure.value}${c.figure.bound ?? ''}` : c.figure.value,
  ...(isFuzzy(c.figure) && { fits: (exact: number) => consistent(c.figure, exact) }),
  reference: c.reference,
});

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
 * made grouping quadratic). A figure joins only a group of its dimension related to every
 * member, so to its first member: groups are filed under dimension and each entity and the
 * counted noun of their first figure.
 */
class GroupIndex {
  private readonly byKey = new Map<string, number[]>();

  private static keys(c: Candidate): string[] {
    // A count is also filed under its number, for the same count in other words (sameCountOfKind).
    const count = c.figure.kind === 'count' ? [`count\u0000${c.figure.value}`] : [];
    return [...[...c.entities, ...(c.head ? [`noun:${c.head}`] : [])].map((k) => `${c.dimension}\u0000${k}`), ...count];
  }

  add(group: number, first: Candidate): void {
    for (const key of GroupIndex.keys(first)) {
      const filed = this.byKey.get(key);
      if (filed) filed.push(group);
      else this.byKey.set(key, [group]);
    }
  }

  /** Group numbers in the order the groups were made, as a scan of all groups would meet them. */
  candidates(c: Candidate): number[] {
    const found = new Set<number>();
    for (const key of GroupIndex.keys(c)) for (const group of this.byKey.get(key) ?? []) found.add(group);
    return [...found].sort((a, b) => a - b);
  }
}

/**
 * One counted noun for each kind of thing the story counts: where one report counts "hostages"
 * and another "captives", or "schoolgirls" and "girls", WordNet says they are one kind
 * (sameKind in lib/wordnet.ts), and both count under the noun met first. Counts of unrelated
 * nouns stay apart.
 */
function withStoryNouns(candidates: Candidate[]): Candidate[] {
  // Keyed by the noun WordNet knows ("compact disc", "CD"), mapped to the head of the first of its kind.
  // Kinship passes on only downwards: a "domestic fowl" is a "fowl", which is a "bird", so a
  // bird; but "people" are a "group", and a "system" is a group too: no system is people.
  const takers: string[] = [];
  const headOf = new Map<string, string>();
  for (const c of candidates) {
    const noun = c.noun ?? c.head;
    if (!noun || headOf.has(noun)) continue;
    // A kind it is of first: "domestic fowl" goes with "fowl" rather than with "poultry", a kind of it.
    const below = takers.find((n) => isSameOrNarrowerKind(noun, n));
    const kin = below ?? takers.find((n) => sameKind(n, noun));
    headOf.set(noun, kin ? headOf.get(kin)! : c.head!);
    if (!kin || below) takers.push(noun);
  }
  return candidates.map((c) => {
    const head = c.head && headOf.get(c.noun ?? c.head);
    if (!head || head === c.head) return c;
    const [kind, unit] = c.dimension.split(':');
    return { ...c, head, dimension: unit === c.head ? `${kind}:${head}` : c.dimension, context: new Set([...c.context, head]) };
  });
}

/**
 * A figure left alone that its article gives again in a fact's other words joins that fact
 * (restates): "killed 217 Moslem pilgrims" with the toll "increased … to 217" of the same report.
 * Only when one fact takes it.
 */
function withRestatements(groups: Candidate[][]): Candidate[][] {
  const moved = new Set<Candidate[]>();
  for (const alone of groups) {
    if (alone.length !== 1) continue;
    const c = alone[0]!;
    const takers = groups.filter((g) => g !== alone && !moved.has(g) && g.some((x) => restates(x, c)) && g.every((x) => sameEvent(x, c)));
    if (takers.length !== 1) continue;
    takers[0]!.push(c);
    moved.add(alone);
  }
  return groups.filter((g) => !moved.has(g));
}

/** Each candidate with the nouns its article counts, and how many of each. */
function withArticleCounts(candidates: Candidate[]): Candidate[] {
  const counts = new Map<string, Map<string, Set<number>>>();
  for (const c of candidates) {
    if (!c.head) continue;
    const article = counts.get(c.article) ?? new Map<string, Set<number>>();
    article.set(c.head, (article.get(c.head) ?? new Set()).add(c.figure.value));
    counts.set(c.article, article);
  }
  return candidates.map((c) => ({ ...c, articleCounts: counts.get(c.article) ?? new Map() }));
}

/**
 * Figures from all articles grouped into facts: like quantities (same dimension and measured
 * noun) whose surrounding words and entities agree. Groups reported by several articles first.
 */
export function buildFigureFacts(
  articles: { mentions: ArticleMentions; reference: Reference | undefined; dates: At<DateMention>[] }[],
  entityOf: Map<string, string>,
  organizations: ReadonlySet<string> = new Set(),
): AnalyzedFact[] {
  const groups: Candidate[][] = [];
  const index = new GroupIndex();
  const containment = placeContainment(articles.map((a) => a.mentions), entityOf);
  const candidates = withArticleCounts(
    withStoryNouns(articles.flatMap(({ mentions, reference, dates }, order) => candidatesOf(mentions, dates, order, reference, entityOf, organizations, containment))),
  );
  for (const c of candidates) {
    let best: { group: Candidate[]; closest: number } | undefined;
    const eligible: Candidate[][] = [];
    for (const g of index.candidates(c)) {
      const group = groups[g]!;
      if (!compatible(group, c)) continue;
      const threshold = group.every((g) => sameAmount(g, c) || quotesSameWords(g, c))
        ? SAME_AMOUNT
        : group.every((g) => (saysWhatHappened(g, c) && !unmoored(g, c)) || saysWhoseSum(g, c) || sameAmount(g, c) || sameCountOfKind(g, c) || sameLargeCount(g, c))
          ? SAME_FACT_SAID
          : SAME_FACT;
      const likeness = group.map((g) => jaccard(g.context, c.context));
      // The least similar member decides whether it may join (complete linkage), so a group cannot
      // drift by chaining. Of the groups it may join, the one with the report most like it: where
      // two reports give "15.5 percent for earnings held in cash and 8 percent for other assets", a
      // third group's looser member must not pull the 15.5 to the 8.
      const closest = Math.max(...likeness.map((l, i) => l + (group[i]!.figure.value === c.figure.value ? SAME_VALUE_BONUS : 0)));
      if (Math.min(...likeness) < threshold) continue;
      eligible.push(group);
      if (!best || closest > best.closest) best = { group, closest };
    }
    // A toll given for a province fits the groups of two of its mines: it is neither's.
    const chosen = best?.group;
    if (chosen && !eligible.some((group) => group.some((x) => chosen.some((y) => !sameEvent(x, y))))) chosen.push(c);
    else index.add(groups.push([c]) - 1, c);
  }
  const ranked = withRestatements(groups)
    .map((group) => ({ group, ...label(group), status: factStatus(group.map(versionOf)), sources: new Set(group.map((c) => c.article)).size }))
    .sort((a, b) => b.sources - a.sources || a.group[0]!.order - b.group[0]!.order || a.group[0]!.figure.at.start - b.group[0]!.figure.at.start);
  const ids = uniqueIds(
    ranked,
    (r) => readableId(r.idName, 6),
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
