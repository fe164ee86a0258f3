import type { FigureMention } from './schema';
import { firstWordFrom, wordsOf, type Word } from './words';
import { extractDates } from './dates';
import { clauseSubject, durationOf, measureAround, namesOne, numberOfBefore, sizeOfBefore } from './measure';
import { predicateOf, stateOfCounted, verbLemma } from './predicate';
import { isLeaderNoun, isPhrasalVerb } from '../wordnet';
import { CURRENCY_PREFIXES, CURRENCY_WORDS, DURATION_UNITS, MEASURE_UNITS } from './data/units';
import { MAGNITUDES, NUMBER_WORDS, VAGUE_MAGNITUDES } from './data/numbers';

const alt = (words: Iterable<string>) => [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.$]/g, '\\$&')).join('|');

const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const UNITS_WORDS = 'one|two|three|four|five|six|seven|eight|nine';
// "forty-eight", and "Forty eight" as some wires write it (not "twenty one-year-olds").
const WORD_NUMBER = `(?:(?:${TENS})(?:-(?:${UNITS_WORDS})| (?:${UNITS_WORDS})\\b(?!-))?|${alt(Object.keys(NUMBER_WORDS).filter((w) => w !== 'hundred' && w !== 'dozen'))})`;
const NUMBER = `(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\.\\d+|(?<word>${WORD_NUMBER}))`;
const MAGNITUDE = `(?:\\s?(?<mag>hundred|dozen|thousand|million|billion|trillion|mln|bln|bn|mn|tn)\\b|(?<short>m|b)\\b)`;
const PERCENT = `(?:\\s?(?<pct>%|percent\\b|per cent\\b|percentage points?\\b|pct\\b))`;
// Not inside a code ("COVID-19", "F-16") or a larger number, not a time ("9:30"), ordinal ("1st") or score ("2-1").
// A hyphen a wire's line break left a space after ("the two- day summit") still glues a unit.
const WRAPPED_UNIT = `- (?<wrapped>${alt([...Object.keys(DURATION_UNITS), ...Object.keys(MEASURE_UNITS), 'percent'])})\\b`;
const FIGURE = new RegExp(
  `(?<![\\w.,:/=?&-]|[A-Za-z]-)(?<cur>${alt(Object.keys(CURRENCY_PREFIXES))})?\\s?${NUMBER}${MAGNITUDE}?${PERCENT}?(?:-(?<hy>[a-z]+)\\b|${WRAPPED_UNIT})?(?![\\w:/]|-\\d|,\\d|\\.\\d)`,
  'gi',
);
const VAGUE = new RegExp(`\\b(?<vague>${alt(Object.keys(VAGUE_MAGNITUDES))})\\s+of\\b`, 'gi');
const CURRENCY_AFTER = new RegExp(`^\\s(?<currency>${alt(Object.keys(CURRENCY_WORDS))})\\b`, 'i');
// "ten consecutive days", "two straight years": a word of succession may stand before the unit.
const UNIT_AFTER = new RegExp(`^\\s(?:(?:consecutive|straight|successive)\\s)?(?<unit>${alt([...Object.keys(MEASURE_UNITS), ...Object.keys(DURATION_UNITS)])})\\b`);
const RANGE_AFTER = /^\s?(?:to|-|–|and)\s?(?<cur>[$€£])?(?<max>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s(?<mag>hundred|thousand|million|billion|trillion)\b)?(?![\w:/]|,\d)/;

// "more-than 11 million": hyphenated as some pages print it.
const UPPER = /\b(?:up to|as many as|as much as|no more than|at most|(?:less|fewer)[\s-]than|under|below|maximum of)\s+$/i;
const LOWER = /\b(?:more[\s-]than|over|at least|above|exceeding|in excess of|upwards of|minimum of)\s+$/i;
const APPROXIMATE = /\b(?:about|around|approximately|roughly|some|an estimated|estimated|close to|nearly|almost)\s+$/i;
// "Resolution 1441", "Boeing 747", "No. 5": a number naming something is not a figure.
const IDENTIFIER_BEFORE = /(?:\b[A-Z][\w.]*|\bNo\.|#)\s$/;
const LIST_NUMBER = /(?:^|\n)\s*$/;
/** "11 a.m.", "4:00 p.m.", "8 o'clock": a time of day, not a quantity. */
const CLOCK_AFTER = /^\s?(?:[ap]\.\s?m\.?|[ap]m\b|o['’]clock\b|(?:hours?\s+)?(?:GMT|UTC)\b)/i;


/**
 * Quantities: percentages, money with ISO currency, counts with what they
 * count, durations, and vague amounts ("thousands of troops"). Years, dates,
 * ordinals, list numbers and identifiers are not figures.
 */
export function extractFigures(text: string): FigureMention[] {
  const words = wordsOf(text);
  const dates = extractDates(text).filter((d) => d.kind !== 'relative' || d.value !== 'PRESENT_REF');
  const inDate = (start: number, end: number) => dates.some((d) => start < d.end && end > d.start);
  const figures: FigureMention[] = [];

  for (const m of text.matchAll(FIGURE)) {
    const g = m.groups!;
    // The upper end of a range already taken ("58 to 60").
    if (figures.some((f) => m.index < f.end && m.index >= f.start)) continue;
    let end = m.index + m[0].length;
    const start = m.index + (m[0].length - m[0].trimStart().length);
    const before = text.slice(Math.max(0, start - 40), start);
    // "sold oil to North Korea 30 times", "Korea 30 percent": no name is numbered so.
    const counted = Boolean(g.pct) || /^\s+times\b/.test(text.slice(end));
    if (!g.cur && ((IDENTIFIER_BEFORE.test(before) && namesSomething(words, start) && !counted) || (LIST_NUMBER.test(before) && /^[.)]/.test(text.slice(end))))) continue;
    if (!g.cur && !g.pct && (CLOCK_AFTER.test(text.slice(end, end + 12)) || isPhoneNumber(text, start, end))) continue;
    if (g.short && !g.cur) continue;
    let value = scaled(numberValue(g.num!), g.mag ?? g.short);
    if (!Number.isFinite(value)) continue;

    let kind: FigureMention['kind'] = 'count';
    let unit: string | undefined;
    let currency = g.cur ? CURRENCY_PREFIXES[g.cur] ?? CURRENCY_PREFIXES[g.cur.toUpperCase()] : undefined;
    if (currency) kind = 'money';
    if (g.pct) {
      kind = 'percent';
      unit = /point/i.test(g.pct) ? 'percentage point' : 'percent';
    } else if (g.hy ?? g.wrapped) {
      // "30-day pause", "25-percent": the unit is glued to the number.
      const hy = (g.hy ?? g.wrapped)!.toLowerCase();
      if (DURATION_UNITS[hy]) [kind, unit] = ['duration', DURATION_UNITS[hy]];
      else if (hy === 'percent') [kind, unit] = ['percent', 'percent'];
      else unit = MEASURE_UNITS[hy] ?? hy;
    } else if (!currency) {
      const after = text.slice(end, end + 30);
      const cur = CURRENCY_AFTER.exec(after);
      const measure = UNIT_AFTER.exec(after);
      if (cur) {
        [kind, currency] = ['money', CURRENCY_WORDS[cur.groups!.currency!.toLowerCase()]];
        end += cur[0].length;
      } else if (measure) {
        const u = measure.groups!.unit!;
        [kind, unit] = DURATION_UNITS[u] ? ['duration', DURATION_UNITS[u]] : ['count', MEASURE_UNITS[u]];
        end += measure[0].length;
      }
    }
    // A number word with no noun after it is no figure ("one of them"); "four dozen" counts the
    // noun after it, which compromise may read as a verb ("four dozen questions").
    if (g.word && g.mag?.toLowerCase() !== 'dozen' && kind === 'count' && !unit && !nextIsNoun(words, end, value)) continue;
    if (inDate(start, end) || (kind === 'count' && !unit && isBareYear(g.num!, words, end))) continue;

    const figure: FigureMention = { start, end, text: '', kind, value, approximate: APPROXIMATE.test(before) };
    const range = RANGE_AFTER.exec(text.slice(end, end + 30));
    if (range && kind !== 'money' && kind !== 'percent') {
      // "between 1.1 and 2.3 million": a magnitude written once, after the range, scales both ends.
      const magnitude = g.mag ?? g.short ?? range.groups!.mag;
      figure.value = scaled(numberValue(g.num!), magnitude);
      figure.max = scaled(numberValue(range.groups!.max!), magnitude);
      figure.end = end + range[0].length;
    }
    if (!particleBefore(before)) {
      if (UPPER.test(before)) figure.bound = 'upper';
      else if (LOWER.test(before)) figure.bound = 'lower';
    }
    if (unit) figure.unit = unit;
    if (currency) figure.currency = currency;
    figure.text = text.slice(figure.start, figure.end);
    figures.push(figure);
  }

  for (const m of text.matchAll(VAGUE)) {
    const word = m.groups!.vague!.toLowerCase();
    const start = m.index;
    const end = start + m.groups!.vague!.length;
    if (figures.some((f) => start < f.end && end > f.start)) continue;
    figures.push({ start, end, text: text.slice(start, end), kind: 'vague', value: VAGUE_MAGNITUDES[word]!, approximate: true, bound: 'lower' });
  }

  figures.sort((a, b) => a.start - b.start);
  const measured: FigureMention[] = [];
  for (const f of figures) measured.push(withMeasure(f, measured[measured.length - 1], words, text));
  return measured;
}

/**
 * A number times its magnitude word, rounded to the digits it was written with: in floating
 * point 2.07 × 10⁹ is 2069999999.9999998, which no other report's "$2.07 billion" would equal.
 */
const scaled = (n: number, magnitude: string | undefined) => Number((n * (MAGNITUDES[(magnitude ?? '').toLowerCase()] ?? 1)).toPrecision(15));

/** "spread over 55,000 pages", "handed over 4 prisoners": the word before the number is a verb's particle, not a bound. */
function particleBefore(before: string): boolean {
  const m = /(\p{L}+)\s+(over|under|above|below)\s+$/iu.exec(before);
  return m !== null && isPhrasalVerb(verbLemma(m[1]!.toLowerCase()), m[2]!.toLowerCase());
}

/** The capitalised word before a number names something ("Boeing 747"), unless it only opens the sentence ("About 100"). */
function namesSomething(words: ReturnType<typeof wordsOf>, start: number): boolean {
  const at = firstWordFrom(words, start);
  const previous = words[(at === -1 ? words.length : at) - 1];
  if (!previous || !/^[A-Z]/.test(previous.text)) return true;
  return !['Adverb', 'Preposition', 'Determiner', 'Conjunction', 'Adjective', 'Pronoun'].some((tag) => previous.tags.has(tag)) || previous.tags.has('ProperNoun');
}

/** The digits around a number make a phone number: "+1 202 555 0100", "(202) 555-0100". */
function isPhoneNumber(text: string, start: number, end: number): boolean {
  const around = text.slice(Math.max(0, start - 20), Math.min(text.length, end + 12));
  const offset = start - Math.max(0, start - 20);
  for (const m of around.matchAll(/(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)[\s.-]?|\d{2,4}[\s.-])\d{3,4}[\s.-]\d{3,4}/g)) {
    if (m.index <= offset && m.index + m[0].length >= offset + (end - start)) return true;
  }
  return false;
}

function numberValue(num: string): number {
  const word = num.toLowerCase();
  if (/^[\d.,]+$/.test(word)) return Number(word.replace(/,/g, ''));
  const [tens, ones] = word.split(/[- ]/);
  return (NUMBER_WORDS[tens!] ?? NaN) + (ones ? (NUMBER_WORDS[ones] ?? NaN) : 0);
}

/**
 * Words that may stand between a number word and its noun: "four young couples", "six shipping
 * and trading companies", "eight current or former top leaders".
 */
const isModifier = (w: Word) => ['Adjective', 'Gerund', 'PastTense', 'ProperNoun'].some((t) => w.tags.has(t)) || w.lower === 'and' || w.lower === 'or';
const MODIFIERS_BEFORE_NOUN = 4;

/**
 * A number word counts something only when a noun follows it, or one over a few modifiers that
 * agrees with it in number: "four detained rebel leaders", "one polling station", but not "the
 * three said nothing".
 */
function nextIsNoun(words: Word[], end: number, value: number): boolean {
  const at = firstWordFrom(words, end);
  if (at === -1 || words[at]!.start - end > 1) return false;
  const isNoun = (w: Word) => w.tags.has('Noun') && !w.tags.has('Pronoun') && w.lower !== 'of';
  if (isNoun(words[at]!)) return true;
  for (let i = at; i < words.length && i <= at + MODIFIERS_BEFORE_NOUN; i++) {
    const w = words[i]!;
    if (i > at && (w.sentence !== words[at]!.sentence || !/^ $/.test(w.gap ?? ''))) return false;
    const next = words[i + 1];
    // "top leaders", "rebel leaders": a noun before the noun qualifies it.
    const qualifies = next !== undefined && next.sentence === w.sentence && /^ $/.test(next.gap ?? '') && isNoun(next) && !next.tags.has('ProperNoun');
    if (isNoun(w) && !w.tags.has('ProperNoun') && !qualifies) return w.tags.has(value === 1 ? 'Singular' : 'Plural');
    if (!isModifier(w) && !(isNoun(w) && qualifies)) return false;
  }
  return false;
}

/** A four-digit number the date grammar left out ("1997-98") is still a year unless a plural noun follows. */
function isBareYear(num: string, words: ReturnType<typeof wordsOf>, end: number): boolean {
  if (!/^(1[6-9]|20)\d\d$/.test(num)) return false;
  const next = words[firstWordFrom(words, end)];
  return !(next && next.start - end <= 1 && next.tags.has('Plural'));
}

/** "The chairmen of the three …": plural people of a counted set of bodies. */
const LEADERS_OF = /\bthe\s+((?:[\p{L}-]+\s+){0,2}([\p{L}-]+))\s+of\s+the\s+$/iu;

/** "C$2 billion ($1.5 billion)": the restatement points at the first figure and shares its measure. */
function withMeasure(f: FigureMention, previous: FigureMention | undefined, words: ReturnType<typeof wordsOf>, text: string): FigureMention {
  if (previous && f.kind === previous.kind && /^\s*\($/.test(text.slice(previous.end, f.start)) && text[f.end] === ')') {
    return { ...f, equivalentOf: { start: previous.start, end: previous.end }, ...(previous.measure ? { measure: previous.measure } : {}) };
  }
  // "cut taxes on profits to 5.25 percent, from 35 percent": where a rate or sum came from measures what it went to.
  const from = previous && f.kind === previous.kind && previous.measure && /^,?\s+from\s+$/.test(text.slice(previous.end, f.start));
  if (from) return { ...f, measure: previous.measure!, ...(f.kind === 'count' && !f.unit && previous.unit && { unit: previous.unit }) };
  // Skip a parenthetical restatement to find what the first form measures.
  let end = f.end;
  const paren = /^\s*\([^)]{1,40}\)/.exec(text.slice(end));
  if (paren) end += paren[0].length;
  // "the 18-week-old hostage drama": an age, of what the noun after it names.
  const old = f.kind === 'duration' ? /^(?:-\s?|\s)old\b/.exec(text.slice(end)) : null;
  if (old) end += old[0].length;
  // "The number of dead rose to 35": what the number is of is what is counted.
  const numberOf = f.kind === 'count' && f.unit === undefined && !measureAround(words, f.start, end, text, { linkPrepositions: false, lookBack: false }) ? numberOfBefore(words, f.start, text) : undefined;
  if (numberOf) {
    const { phrase, participle } = numberOf;
    const predicate = participle ? { lemma: verbLemma(participle.lower), pos: 'verb' as const, via: 'state' as const } : stateOfCounted(phrase.head);
    return { ...f, measure: phrase.text, unit: phrase.head, ...(predicate && { predicate }) };
  }
  // A count in units ("1,200 tonnes of rice") measures only what follows; "30 days" measures only what it is "of".
  const inUnits = f.kind === 'count' && f.unit !== undefined;
  const around = f.kind === 'duration' && !f.text.includes('-') ? durationOf(words, end, text) : measureAround(words, f.start, end, text, { linkPrepositions: f.kind !== 'count' || inUnits, lookBack: !inUnits && f.kind !== 'duration', countsThings: f.kind === 'count' || f.kind === 'vague' });
  const phrase = around ?? (inUnits ? sizeOfBefore(words, f.start, text) : undefined);
  const predicate = predicateOf(words, text, f.start, f.end, phrase);
  // "the chairmen of the three House committees": one leader of each, three chairmen.
  const leaders = f.kind === 'count' && !f.unit && phrase ? LEADERS_OF.exec(text.slice(Math.max(0, f.start - 60), f.start)) : null;
  // "would be subject to a 15.5 percent rate": a bare rate rates the clause's subject.
  const rated = f.kind === 'percent' && /^rates?$/i.test(phrase?.text ?? '') ? clauseSubject(words, f.start, text) : undefined;
  const found = rated ?? phrase;
  // "10 Downing Street", "Federer 4": a count is of things, not of the one name its noun ends; a
  // unit says what it counts ("the 577-seat National Assembly").
  const named = found && (f.kind === 'count' || f.kind === 'vague') && !f.unit && namesOne(words, found);
  const counted = leaders && isLeaderNoun(leaders[2]!) ? { text: leaders[1]!, head: leaders[2]! } : named ? undefined : found;
  if (!counted) return predicate ? { ...f, predicate } : f;
  const measured: FigureMention = { ...f, measure: counted.text, ...(predicate && { predicate }) };
  if (f.kind === 'count' && !f.unit) measured.unit = counted.head;
  if (f.kind === 'vague' && CURRENCY_WORDS[counted.head.toLowerCase()]) measured.currency = CURRENCY_WORDS[counted.head.toLowerCase()];
  return measured;
}
