import type { Relation } from '../schema/story';
import type { ArticleText } from './article-text';
import { contentWords } from './words';

/** Copies and light edits: this similar is a rewrite whatever the rest of the story looks like. */
const NEAR_COPY = 0.6;
/** A paraphrase stands out: its pair is mutually closest, and far closer than the story's pairs usually are. */
const REWRITE_FLOOR = 0.2;
const REWRITE_DEVIATIONS = 1.5;
/** Past this many articles, each keeps only its closest partners (plus rewrites), so the export stays linear. */
const ALL_PAIRS_UP_TO = 50;
const CLOSEST_PARTNERS = 10;

interface Profile {
  id: string;
  counts: Map<string, number>;
}

/**
 * An article's terms: its content words, plus the entities and figures it names, since a
 * retelling changes the wording but keeps the names and the numbers.
 */
function profile(text: ArticleText, extraTerms: string[]): Profile {
  const counts = new Map<string, number>();
  for (const term of [...contentWords(text.text), ...extraTerms]) counts.set(term, (counts.get(term) ?? 0) + 1);
  return { id: text.article.id, counts };
}

/** TF-IDF vectors, so words every article uses ("tariffs" in a tariff story) weigh little. */
function tfidf(profiles: Profile[]): Map<string, number>[] {
  const documentFrequency = new Map<string, number>();
  for (const p of profiles) for (const word of p.counts.keys()) documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1);
  return profiles.map((p) => {
    const vector = new Map<string, number>();
    for (const [word, count] of p.counts) vector.set(word, (1 + Math.log(count)) * Math.log(1 + profiles.length / documentFrequency.get(word)!));
    return vector;
  });
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [w, x] of a) {
    na += x * x;
    const y = b.get(w);
    if (y) dot += x * y;
  }
  for (const y of b.values()) nb += y * y;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

function isOutlier(similarity: number, all: number[]): boolean {
  const mean = all.reduce((a, b) => a + b, 0) / all.length;
  const sd = Math.sqrt(all.reduce((a, b) => a + (b - mean) ** 2, 0) / all.length);
  return similarity >= mean + REWRITE_DEVIATIONS * sd;
}

/**
 * Pairwise similarity (TF-IDF cosine, rounded to 3 places) and rewrites: near copies, or a pair
 * of articles that are each other's closest and stand out from the story's other pairs.
 * `terms[i]` are extra terms of article i (entity and figure keys).
 */
export function buildRelations(texts: ArticleText[], terms: string[][]): Relation[] {
  const vectors = tfidf(texts.map((t, i) => profile(t, terms[i] ?? [])));
  const pairs: { k: number; i: number; j: number; similarity: number }[] = [];
  for (let i = 0; i < texts.length; i++) {
    for (let j = i + 1; j < texts.length; j++) {
      pairs.push({ k: pairs.length, i, j, similarity: Math.round(cosine(vectors[i]!, vectors[j]!) * 1000) / 1000 });
    }
  }
  const partners = texts.map(() => [] as (typeof pairs)[number][]);
  for (const p of pairs) partners[p.i]!.push(p), partners[p.j]!.push(p);
  const closest = partners.map((list) => Math.max(0, ...list.map((p) => p.similarity)));
  const all = pairs.map((p) => p.similarity);
  const relations = pairs.map(({ i, j, similarity }) => ({
    a: texts[i]!.article.id,
    b: texts[j]!.article.id,
    similarity,
    rewrite:
      similarity >= NEAR_COPY ||
      (similarity >= REWRITE_FLOOR && similarity === closest[i] && similarity === closest[j] && isOutlier(similarity, all)),
  }));
  if (texts.length <= ALL_PAIRS_UP_TO) return relations;
  const kept = new Set<number>();
  for (const list of partners) {
    const ranked = [...list].sort((a, b) => b.similarity - a.similarity || a.i - b.i || a.j - b.j).slice(0, CLOSEST_PARTNERS);
    for (const p of ranked) kept.add(p.k);
  }
  return relations.filter((r, k) => r.rewrite || kept.has(k));
}
