import nlp from 'compromise';
import { stateOfCounted } from '../extract';
import type { Candidate } from './fact-candidates';
import { predicateOf } from './fact-identity';

/** The form a label uses: "killed", "died", "freed"; none when compromise cannot conjugate the verb. */
function pastParticiple(lemma: string): string | undefined {
  const forms = (nlp(`they ${lemma}`).verbs().conjugate() as Array<Record<string, string>>)[0];
  const participle = forms?.Participle ?? forms?.PastTense;
  return participle && participle !== lemma ? participle : undefined;
}

/** The value most members give, ties to the shortest: labels speak as most sources do. */
function mostCommon(values: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length)[0]?.[0];
}

const withUnit = (base: string, unit: string | undefined) =>
  unit && !base.toLowerCase().includes(unit.toLowerCase()) ? `${capitalizeFirst(base)} (${unit})` : capitalizeFirst(base);

/**
 * What a fact counts and what happened to it: "Miners killed", "People injured", "Tariffs on
 * steel (rate)", in the words most of its sources use; and the name its id is made from, which
 * leaves out what happened, so a fact's permalink stays when the wording of its verb changes.
 */
export function label(group: Candidate[]): { label: string; idName: string } {
  const measure = mostCommon(group.flatMap((c) => (c.figure.measure ? [asPeople(c.figure.measure)] : [])));
  const happened = mostCommon(group.flatMap((c) => {
    // Only what happened to the counted thing names it: "miners killed", not "nations signed".
    const p = predicateOf(c);
    const word = p && p.via !== 'subject' ? (p.pos === 'verb' ? pastParticiple(p.lemma) : p.lemma) : undefined;
    return word ? [word] : [];
  }));
  const f = group[0]!.figure;
  // A figure with no noun is labelled by its own words, which give its unit already ("20 kilometres", "three km").
  const unit = f.kind === 'percent' ? 'rate' : f.kind === 'money' ? `amount in ${f.currency ?? 'an unknown currency'}` : measure ? f.unit && asPeople(f.unit) : undefined;
  const base = measure ?? group[0]!.text;
  const said = happened && !base.toLowerCase().split(/\s+/).includes(happened.toLowerCase()) ? `${base} ${happened}` : base;
  return { label: withUnit(said, unit), idName: withUnit(base, unit) };
}

/** "claimed 17 lives", "left 343 dead", "85 people dead": people died, and the label says so once. */
function asPeople(noun: string): string {
  if (/^lives$/i.test(noun)) return 'people';
  const words = noun.split(/\s+/);
  if (!stateOfCounted(words.at(-1)!)) return noun;
  return words.length > 1 ? words.slice(0, -1).join(' ') : 'people';
}

const capitalizeFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
