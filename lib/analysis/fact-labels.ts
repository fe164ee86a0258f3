import nlp from 'compromise';
import type { Candidate } from './fact-candidates';
import { predicateOf } from './fact-identity';

/** The form a label uses: "killed", "died", "freed". */
function pastParticiple(lemma: string): string {
  const forms = (nlp(`they ${lemma}`).verbs().conjugate() as Array<Record<string, string>>)[0];
  return forms?.Participle ?? forms?.PastTense ?? lemma;
}

/** The value most members give, ties to the shortest: labels speak as most sources do. */
function mostCommon(values: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length)[0]?.[0];
}

/**
 * What a fact counts and what happened to it: "Miners killed", "People injured", "Tariffs on
 * steel (rate)", in the words most of its sources use.
 */
export function label(group: Candidate[]): string {
  const measure = mostCommon(group.flatMap((c) => (c.figure.measure ? [c.figure.measure] : [])));
  const happened = mostCommon(group.flatMap((c) => {
    const p = predicateOf(c);
    return p ? [p.pos === 'verb' ? pastParticiple(p.lemma) : p.lemma] : [];
  }));
  const f = group[0]!.figure;
  const unit = f.kind === 'percent' ? 'rate' : f.kind === 'money' ? `amount in ${f.currency ?? 'an unknown currency'}` : f.unit;
  let base = measure ?? group[0]!.text;
  if (happened && !base.toLowerCase().split(/\s+/).includes(happened.toLowerCase())) base = `${base} ${happened}`;
  return unit && !base.toLowerCase().includes(unit.toLowerCase()) ? `${capitalizeFirst(base)} (${unit})` : capitalizeFirst(base);
}

const capitalizeFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
