import type { FigureMention } from '../extract';
import { MEASURE_UNITS } from '../extract/data/units';
import { nounClass, readsAsNoun, type NounClass } from '../wordnet';

/**
 * Figures that are no fact a reader compares across sources: a person's age ("the 21-year-old",
 * "aged 30", "Ana Ruiz, 23,"), which belongs to the person, and a small count that says
 * nothing happened to what it counts ("three nations", "one country", "two trading partners").
 */
const AGE_AFTER = /^-?old\b|^-year-old\b|^\s*(?:-|\s)?years?[\s-]old\b/i;
/** A span's age as wires also print it: "the two-month old baby", "the 18-week- old drama". */
const SPAN_AGE_AFTER = /^(?:-\s|\s)old\b/i;
const AGE_BEFORE = /\b(?:aged?|age of)\s+$/i;
/** "Name, 23," or "Name, 23." after a capitalised name: an age in apposition. */
const AGE_APPOSITION = /\p{Lu}[\p{L}'’-]+,\s$/u;
/** Counts this small say little on their own: many things in a story come in ones, twos and threes. */
export const SMALL_COUNT = 3;

export function isAge(figure: FigureMention, text: string): boolean {
  if (figure.kind !== 'count' && figure.kind !== 'duration') return false;
  const after = text.slice(figure.end, figure.end + 12);
  if (/-year-old$/i.test(figure.text) || AGE_AFTER.test(after) || (figure.kind === 'duration' && SPAN_AGE_AFTER.test(after))) return !agesAThing(figure);
  const before = text.slice(Math.max(0, figure.start - 30), figure.start);
  if (AGE_BEFORE.test(before)) return true;
  // The measure a look back finds there is the name itself ("Ana Ruiz").
  return figure.kind === 'count' && Number.isInteger(figure.value) && figure.value < 120 && AGE_APPOSITION.test(before) && /^\s*[,.;)]/.test(text.slice(figure.end, figure.end + 2));
}

/** Classes of nouns whose age is how long they have lasted: a war, a lawsuit, a drama, a party. */
const THINGS_THAT_LAST = new Set<NounClass>(['event', 'act', 'communication', 'group']);

/** "the 18-week-old hostage drama", "a 60-year-old conflict": how long a thing, not a person, has lasted. */
function agesAThing(figure: FigureMention): boolean {
  const head = figure.measure?.split(/\s+/).at(-1);
  const kind = head && /^\p{Ll}/u.test(head) && readsAsNoun(head) ? nounClass(head) : undefined;
  return kind !== undefined && THINGS_THAT_LAST.has(kind);
}

export function isSmallGenericCount(figure: FigureMention): boolean {
  // "2 tonnes" is a measurement, not a count of things.
  const measured = figure.unit !== undefined && Object.values(MEASURE_UNITS).includes(figure.unit);
  return figure.kind === 'count' && !measured && figure.value <= SMALL_COUNT && !figure.predicate;
}

/** A figure that gets no fact group. */
export function isNoFact(figure: FigureMention, text: string): boolean {
  return isAge(figure, text) || isSmallGenericCount(figure);
}
