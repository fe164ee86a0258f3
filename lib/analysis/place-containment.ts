import { isCountry, lookupName, type EntityMention } from '../extract';
import type { ArticleMentions, At } from './extract-article';
import { mentionKey } from './entities';

/**
 * Which places of a story lie inside which, as its texts say: "the Jiaojiazhai Colliery in
 * Xinzhou", "Xinzhou, a central-north city of Shanxi Province", "Harbin, Heilongjiang Province".
 * A report that names only the province can then be about the mine another report names; two
 * mines of one province stay two places.
 */
export type Containment = ReadonlyMap<string, ReadonlySet<string>>;

/** "X in Y", "X of Y": the second place holds the first. */
const INSIDE = /^\s+(?:in|of)\s+(?:the\s+)?$/;
/** "X, a central-north city of Y", "X, the capital of Y". */
const DESCRIBED_INSIDE = /^,\s+(?:a|an|the)\s+[\p{L}\s-]{0,40}?\b(?:city|town|village|county|district|province|region|prefecture|capital|port|suburb|area)\s+(?:of|in)\s+(?:the\s+)?$/u;
/** "Harbin, Heilongjiang Province", "Houston, Texas", "Lima, Peru". */
const COMMA = /^,\s+$/;
/** The name of an area that holds towns: a province, county or state by its head word. */
const AREA_HEAD = /\s(?:province|county|state|prefecture|region|district|oblast|governorate)$/i;

/** A country, or a state or province the gazetteer knows: one level of area, never inside the next name of a list. */
const isArea = (canonical: string) => isCountry(canonical) || AREA_HEAD.test(canonical) || lookupName(canonical)?.type === 'place';

export function placeContainment(articles: ArticleMentions[], entityOf: ReadonlyMap<string, string>): Containment {
  const parents = new Map<string, Set<string>>();
  for (const { entities, text } of articles) {
    const places = entities.filter((e) => e.type === 'place' && !isCountry(e.canonical)).sort((a, b) => a.start - b.start);
    const all = entities.filter((e) => e.type === 'place').sort((a, b) => a.start - b.start);
    for (const inner of places) {
      const outer = all.find((e) => e.start >= inner.end && e.at.anchor === inner.at.anchor);
      if (!outer || !holds(text.text.slice(inner.end, outer.start), inner, outer)) continue;
      const [a, b] = [entityOf.get(mentionKey(inner.at)), entityOf.get(mentionKey(outer.at))];
      if (a && b && a !== b) parents.set(a, (parents.get(a) ?? new Set()).add(b));
    }
  }
  // Two texts that put each place inside the other say nothing of either.
  for (const [a, bs] of parents) for (const b of bs) if (parents.get(b)?.has(a)) (bs.delete(b), parents.get(b)!.delete(a));
  const within = new Map<string, Set<string>>();
  const ancestors = (id: string, seen = new Set<string>()): Set<string> => {
    const known = within.get(id);
    if (known) return known;
    const found = new Set<string>();
    for (const p of parents.get(id) ?? []) {
      if (seen.has(p)) continue;
      found.add(p);
      for (const q of ancestors(p, new Set([...seen, id]))) found.add(q);
    }
    within.set(id, found);
    return found;
  };
  for (const id of parents.keys()) ancestors(id);
  return within;
}

function holds(between: string, inner: At<EntityMention>, outer: At<EntityMention>): boolean {
  if (INSIDE.test(between) || DESCRIBED_INSIDE.test(between)) return true;
  // A list of areas ("Texas, California") is no area inside another.
  return COMMA.test(between) && isArea(outer.canonical) && !isArea(inner.canonical);
}
