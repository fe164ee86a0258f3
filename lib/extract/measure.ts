import { firstWordFrom, type Word } from './words';
import { findIndexSorted } from './sorted';
import { isCommonWord } from '../wordnet';
import { DEATHS, HURT } from './data/states';
import { countryOfDemonym, isGroupAdjective, lookupName } from './gazetteer';

const LINKING_PREPOSITIONS = new Set(['in', 'of', 'on', 'for', 'to', 'worth']);
const NP_TAGS = ['Noun', 'Adjective', 'ProperNoun', 'Acronym', 'Plural', 'Singular'];
const NOT_NP_TAGS = ['Preposition', 'Determiner', 'Conjunction', 'Pronoun', 'Value', 'Adverb', 'Auxiliary', 'Copula', 'Date'];
const SKIP_LEFT_TAGS = ['Preposition', 'Verb', 'Adverb', 'Auxiliary', 'Copula', 'Determiner', 'Modal'];
const MAX_LEFT_SKIP = 4;
/** Words that open a time after a figure: "next year", "last week". */
const TIME_OPENERS = new Set(['next', 'last', 'past', 'this', 'coming', 'previous']);
// Words that qualify the number itself ("over $5 billion", "only 12 tonnes").
const QUALIFYING_WORDS = new Set(['over', 'under', 'about', 'around', 'some', 'nearly', 'almost', 'only', 'just', 'up', 'least', 'most', 'than', 'roughly', 'approximately', 'estimated', 'less', 'fewer', 'below', 'above', 'beyond', 'against', 'slightly']);

export interface NounPhrase {
  text: string;
  /** The head of the first conjunct: "cities" in "cities and towns". */
  head: string;
  /** Where the phrase ends in the text. */
  end: number;
}

const isNpWord = (w: Word) => NP_TAGS.some((t) => w.tags.has(t)) && !NOT_NP_TAGS.some((t) => w.tags.has(t)) && !(w.tags.has('Verb') && !w.tags.has('Noun'));
const spaced = (w: Word | undefined) => w !== undefined && /^[ \t]+$/.test(w.gap ?? '');

/**
 * The noun phrase from word i on: "National Guard troops", "cities and towns";
 * a leading place is dropped ("U.S. tariffs" → "tariffs"). Right after a number
 * or a preposition compromise's verb reading is wrong ("to border security", "60 planes").
 */
function nounPhraseAt(words: Word[], i: number, text: string, nounContext = false): NounPhrase | undefined {
  const first = words[i];
  // "85 over the past three days": a qualifying word opens no noun phrase.
  if (first && QUALIFYING_WORDS.has(first.lower)) return undefined;
  if (!first || !(isNpWord(first) || (nounContext && first.tags.has('Verb') && !first.tags.has('Auxiliary') && !first.tags.has('Copula') && !first.tags.has('Modal')))) return undefined;
  // "13 percent next year": a time after a figure says when, not what is measured.
  if (TIME_OPENERS.has(first.lower) && words[i + 1]?.tags.has('Date')) return undefined;
  // In a noun context a plural that compromise read as a verb ("U.S. imports") still ends the phrase.
  const continues = (w: Word) => isNpWord(w) || (nounContext && w.tags.has('PresentTense') && /s$/.test(w.lower) && !w.tags.has('Copula') && !w.tags.has('Auxiliary'));
  let end = i + 1;
  // "earnings Goldman had", "the tariffs Trump imposed": a name after a common noun opens a clause
  // about it, unless a noun follows the name ("detained Boko Haram leaders").
  const nameAfterNoun = (k: number) => {
    const before = words[k - 1]!;
    if (!/^\p{Ll}/u.test(before.text) || !before.tags.has('Noun') || before.tags.has('Adjective') || !/^\p{Lu}/u.test(words[k]!.text)) return false;
    // "world GDP": a common noun's acronym goes on with it.
    if (/^\p{Lu}{3,}$/u.test(words[k]!.text) && !words[k + 1]?.tags.has('Verb')) return false;
    let after = k;
    while (after < words.length && spaced(words[after]) && /^\p{Lu}/u.test(words[after]!.text)) after++;
    return !(words[after] && spaced(words[after]) && /^\p{Ll}/u.test(words[after]!.text) && words[after]!.tags.has('Noun'));
  };
  // "50 Ethiopian armoured vehicles": a participle after a nationality or an adjective describes the
  // noun after it; after a noun it is a verb ("13 soldiers killed rebels", "1.1 billion Catholics outraged Muslims").
  const describes = (k: number) => {
    const [w, before, after] = [words[k]!, words[k - 1]!, words[k + 1]];
    const modifier = (countryOfDemonym(before.text) !== undefined || before.tags.has('Adjective')) && !before.tags.has('Plural');
    return w.tags.has('PastTense') && /ed$/.test(w.lower) && modifier && spaced(after) && after !== undefined && isNpWord(after) && after.tags.has('Noun');
  };
  for (;;) {
    // "the two Horn of Africa nations": a name with "of" inside qualifies the noun after it.
    end = nameWithOf(words, end) ?? end;
    if (end >= words.length || !spaced(words[end]) || !(continues(words[end]!) || describes(end)) || words[end - 1]!.possessive || nameAfterNoun(end)) break;
    end++;
  }
  let headEnd = end;
  // One coordination: "cities and towns", "cities or towns".
  // …but not "miners and injured 30 others", where a verb follows "and".
  const conjunct = words[end + 1];
  const verbLike = conjunct !== undefined && /ed$/.test(conjunct.lower) && !conjunct.tags.has('Noun');
  // "six shipping and trading companies": gerunds joined before one noun qualify it.
  const gerunds = words.slice(i, end).every((w) => w.tags.has('Gerund')) && conjunct?.tags.has('Gerund');
  // "a $3 billion charge and Credit Suisse Group AG": a name joined to a common noun is another subject.
  const nameJoined = /^\p{Ll}/u.test(words[end - 1]!.text) && /^\p{Lu}/u.test(conjunct?.text ?? '');
  if ((words[end]?.lower === 'and' || words[end]?.lower === 'or') && spaced(words[end]) && conjunct && spaced(conjunct) && (isNpWord(conjunct) || gerunds) && !isQualifier(conjunct) && !verbLike && !nameJoined) {
    // "current or former world leaders": adjectives joined before one noun, which is the head.
    const modifiersOnly = words.slice(i, end).every((w) => (w.tags.has('Adjective') && !w.tags.has('Noun')) || w.tags.has('Gerund'));
    end += 2;
    while (end < words.length && spaced(words[end]) && (isNpWord(words[end]!) || (gerunds && words[end]!.tags.has('Gerund')))) end++;
    if (modifiersOnly) headEnd = end;
  }
  let start = i;
  // "Canadian and Mexican exports", "U.S. imports": the qualifier is not what is measured.
  while (start < headEnd - 1 && (isQualifier(words[start]!) || words[start]!.lower === 'and')) start++;
  if (start >= headEnd) return undefined;
  return { text: text.slice(words[start]!.start, words[end - 1]!.end), head: words[headEnd - 1]!.text, end: words[end - 1]!.end };
}

/**
 * Where a name that goes on with "of" at `at` ends, when a common noun follows it: "Horn of
 * Africa" in "Horn of Africa nations", "Bank of England" in "Bank of England economists".
 */
function nameWithOf(words: Word[], at: number): number | undefined {
  const capital = (w: Word | undefined) => w !== undefined && /^\p{Lu}/u.test(w.text);
  if (words[at]?.lower !== 'of' || !capital(words[at - 1]) || !spaced(words[at]) || !spaced(words[at + 1]) || !capital(words[at + 1])) return undefined;
  let end = at + 1;
  while (end < words.length && spaced(words[end]) && capital(words[end])) end++;
  const next = words[end];
  return spaced(next) && next !== undefined && /^\p{Ll}/u.test(next.text) && isNpWord(next) && next.tags.has('Noun') ? end : undefined;
}

const BEARING = /^(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:wards?)?$/;
const WHERE = new Set(['outside', 'away']);

/** A word of where after a length: "west of", "north-east of", "outside", "away"; not "west coast ports". */
export function isBearing(words: Word[], at: number): boolean {
  const w = words[at]!;
  if (!/^\p{Ll}/u.test(w.text)) return false;
  return WHERE.has(w.lower) || (BEARING.test(w.lower) && (words[at + 1]?.lower === 'of' || !spaced(words[at + 1]) || !isNpWord(words[at + 1]!)));
}

/**
 * A phrase that ends in one name: a capitalised head that is no plural and no people's word,
 * written so inside its sentence ("Downing Street", "Ilyushin") or unknown to English at its start
 * ("Federer"). Not "Palestinians", "Koreas" or "MPs".
 */
export function namesOne(words: Word[], phrase: NounPhrase): boolean {
  // The head word, which ends the phrase or its first conjunct ("rebounds and McGrady").
  let at = words.findIndex((w) => w.end === phrase.end);
  while (at > 0 && words[at]!.text !== phrase.head) at--;
  const head = words[at];
  if (!head || !/^\p{Lu}\p{Ll}/u.test(head.text) || /s$/.test(head.text) || isGroupAdjective(head.text)) return false;
  const opensSentence = words[at - 1]?.sentence !== head.sentence;
  return !opensSentence || !isCommonWord(head.lower);
}

/** "the", "these", and a possessive pronoun before its noun: "20 of their vessels". */
const isDeterminer = (w: Word) => w.tags.has('Determiner') || (w.tags.has('Pronoun') && w.tags.has('Possessive'));

function isQualifier(w: Word): boolean {
  return lookupName(w.text)?.type === 'place' || isGroupAdjective(w.text);
}

/**
 * What a figure measures: the noun phrase after it ("10,000 troops"), after a
 * linking preposition ("$5 billion in exports"), or before it ("raised
 * tariffs to 25%").
 */
export function measureAround(words: Word[], start: number, end: number, text: string, options: { linkPrepositions: boolean; lookBack: boolean; countsThings?: boolean }): NounPhrase | undefined {
  const { linkPrepositions, lookBack, countsThings = false } = options;
  const next = firstWordFrom(words, end);
  // Only words that continue the clause: not across a full stop, a line or a dash.
  if (next !== -1 && /^[ \t]*$/.test(text.slice(end, words[next]!.start))) {
    // "the two-day 17th APEC Ministerial Meeting": the ordinal says which meeting, not what the span is of.
    // "30 such transfers": "such" points back to what the text described; the noun after it is counted.
    const at = (words[next]!.tags.has('Ordinal') || words[next]!.lower === 'such') && spaced(words[next + 1]) ? next + 1 : next;
    const w = words[at]!;
    // "20 kilometres west of the city", "20 km outside the capital": a bearing says where, not what is measured.
    const direct = isBearing(words, at) ? undefined : nounPhraseAt(words, at, text, true);
    // "10.9 billion yuan worth of debt" measures the debt: "worth" links, though the tagger reads a noun.
    const worthOf = w.lower === 'worth' && words[at + 1]?.lower === 'of';
    if (direct && !worthOf) return direct;
    // "71 of the hostages": a part of a known whole is counted in the whole's noun.
    const partOf = w.lower === 'of' && words[at + 1] !== undefined && isDeterminer(words[at + 1]!);
    if ((linkPrepositions || partOf) && LINKING_PREPOSITIONS.has(w.lower) && spaced(words[at + 1])) {
      let k = at + 1;
      if (words[k]?.lower === 'of') k++;
      while (words[k] && isDeterminer(words[k]!)) k++;
      // "21 of the more than 200 schoolgirls": the whole's own number and its qualifiers are no noun.
      if (partOf) while (words[k] && (QUALIFYING_WORDS.has(words[k]!.lower) || /^(?:more|less|fewer)$/.test(words[k]!.lower) || words[k]!.tags.has('Value'))) k++;
      const linked = nounPhraseAt(words, k, text, true);
      if (linked) return linked;
    }
  }
  return lookBack ? measureBefore(words, start, text, countsThings) : undefined;
}

/**
 * What a length of time is a length of: "two days of meetings", "six decades of conflict".
 * Only "of" says so; "two days in Florida" or "for two days Trump met" measure nothing.
 */
export function durationOf(words: Word[], end: number, text: string): NounPhrase | undefined {
  const next = firstWordFrom(words, end);
  if (next === -1 || words[next]!.lower !== 'of' || !/^[ \t]*$/.test(text.slice(end, words[next]!.start)) || !spaced(words[next + 1])) return undefined;
  let k = next + 1;
  while (words[k] && words[k]!.tags.has('Determiner')) k++;
  return nounPhraseAt(words, k, text, true);
}

/**
 * The subject a clause opens with, for a figure whose noun says only that it is a rate: "income
 * held as cash would be subject to a 15.5 percent rate" rates income. The clause runs from the
 * last comma (or the sentence's start, or a subordinating "while") to the figure, and must open
 * with a noun phrase whose head is a noun, with a verb between it and the figure.
 */
export function clauseSubject(words: Word[], start: number, text: string): NounPhrase | undefined {
  const at = findIndexSorted(words, (w) => w.end > start);
  if (at <= 0) return undefined;
  let open = at - 1;
  while (open > 0 && words[open - 1]!.sentence === words[at]!.sentence && !/,/.test(words[open]!.gap ?? '')) open--;
  while (open < at && (words[open]!.tags.has('Conjunction') || words[open]!.tags.has('Determiner'))) open++;
  let phrase = nounPhraseAt(words, open, text);
  // "U.S. companies' overseas income": the possessor says whose, the phrase after it what.
  while (phrase) {
    const next = words.findIndex((w) => w.start >= phrase!.end);
    if (next <= 0 || next >= at || !(words[next - 1]!.possessive || words[next - 1]!.tags.has('Possessive'))) break;
    phrase = nounPhraseAt(words, next, text);
  }
  if (!phrase || phrase.end > words[at]!.start) return undefined;
  const head = words.find((w) => w.end === phrase!.end);
  // A finite verb between: "income … would be subject to", not "less than half the blistering 5.6 percent rate".
  const finite = (w: Word) => (w.tags.has('Verb') || w.tags.has('Copula')) && !w.tags.has('Gerund');
  if (!head?.tags.has('Noun') || !words.some((w) => w.start >= phrase!.end && w.end <= start && finite(w))) return undefined;
  return phrase;
}

function measureBefore(words: Word[], start: number, text: string, countsThings: boolean): NounPhrase | undefined {
  const at = findIndexSorted(words, (w) => w.end > start);
  let k = (at === -1 ? words.length : at) - 1;
  const sentence = words[k + 1]?.sentence ?? words[k]?.sentence;
  for (let skipped = 0; k >= 0 && skipped < MAX_LEFT_SKIP && words[k]!.sentence === sentence; k--, skipped++) {
    const w = words[k]!;
    // "won 12.24 percent, as against 12.87 percent": another figure's unit is no noun of this one.
    if (/^(?:percent|%|pct)$/i.test(w.text)) return undefined;
    if (isNpWord(w) && !QUALIFYING_WORDS.has(w.lower)) {
      let from = k;
      while (from > 0 && spaced(words[from]) && isNpWord(words[from - 1]!) && !words[from - 1]!.possessive) from--;
      while (from < k && isQualifier(words[from]!)) from++;
      // "turnout in Eastern Slavonia of up to 90 percent", "shares in Acme fell 2 percent": a name
      // after a preposition says where or whose; the common noun before it is what is measured.
      // "a gas blast trapped 47": compromise reads the participle an adjective; what a count counts is
      // a noun, or a word that counts on its own ("the Indian dead at around 100", "the other 10").
      const countsOnItsOwn = from === k && (DEATHS.test(w.text) || HURT.test(w.text) || /^(?:others?|more|further|additional)$/i.test(w.text));
      if (countsThings && !countsOnItsOwn && !words.slice(from, k + 1).some((x) => x.tags.has('Noun'))) return undefined;
      const measured = isName(words, from, k) ? commonNounBefore(words, from, text) : undefined;
      // "its regional foe Eritrea sent 2,000": a count is of things, never of the name before it
      // (a rate may be a name's: "the Nikkei fell 1.2 percent").
      if (!measured && countsThings && w.tags.has('ProperNoun')) return undefined;
      return measured ?? { text: text.slice(words[from]!.start, w.end), head: w.text, end: w.end };
    }
    if (!SKIP_LEFT_TAGS.some((t) => w.tags.has(t)) && !QUALIFYING_WORDS.has(w.lower)) return undefined;
  }
  return undefined;
}

/**
 * What a quantity in units is the size of, named right before it with "of": "a radius of three
 * km", "a depth of 10 metres", "an area of 35,000 square km".
 */
export function sizeOfBefore(words: Word[], start: number, text: string): NounPhrase | undefined {
  const at = findIndexSorted(words, (w) => w.end > start);
  const of = words[at - 1];
  const noun = words[at - 2];
  const determiner = words[at - 3];
  if (!of || of.lower !== 'of' || !spaced(words[at]) || !noun || !spaced(of) || !determiner || !spaced(noun)) return undefined;
  // A common noun after an article: not "the number of", which counts ("of" a whole), nor a name.
  if (!/^(?:a|an|the)$/i.test(determiner.text) || !isNpWord(noun) || !/^\p{Ll}/u.test(noun.text) || QUALIFYING_WORDS.has(noun.lower) || noun.lower === 'number' || noun.lower === 'total') return undefined;
  return { text: noun.text, head: noun.text, end: noun.end };
}

const PLACING_PREPOSITIONS = new Set(['in', 'at', 'for', 'from', 'of']);

/** Every word from `from` to `to` is part of a name. */
const isName = (words: Word[], from: number, to: number) => words.slice(from, to + 1).every((w) => w.tags.has('ProperNoun'));

/** The common noun phrase right before a preposition that precedes `at`: "turnout" in "turnout in Eastern Slavonia". */
function commonNounBefore(words: Word[], at: number, text: string): NounPhrase | undefined {
  const preposition = words[at - 1];
  const head = words[at - 2];
  if (!preposition || !head || !PLACING_PREPOSITIONS.has(preposition.lower) || !spaced(preposition) || !spaced(words[at])) return undefined;
  // A capital only where a sentence starts: "Bank of East Asia" is a name.
  const opensSentence = words[at - 3]?.sentence !== head.sentence;
  if (!isNpWord(head) || head.tags.has('ProperNoun') || (!opensSentence && !/^\p{Ll}/u.test(head.text)) || QUALIFYING_WORDS.has(head.lower)) return undefined;
  let from = at - 2;
  while (from > 0 && spaced(words[from]) && isNpWord(words[from - 1]!) && !words[from - 1]!.possessive && !words[from - 1]!.tags.has('ProperNoun')) from--;
  return { text: text.slice(words[from]!.start, head.end), head: head.text, end: head.end };
}

/** How many words may stand between "the number of X" and its figure: "… has climbed to", "… could number up to". */
const NUMBER_OF_REACH = 8;

/**
 * What "the number of X" before a figure counts, and the participle after X if any: "the number
 * of dead rose to 35", "the number of people killed reached 85". The verb of the clause says how
 * the number moved, not what happened to X.
 */
export function numberOfBefore(words: Word[], start: number, text: string): { phrase: NounPhrase; participle?: Word } | undefined {
  const at = findIndexSorted(words, (w) => w.end > start);
  const figure = at === -1 ? words.length : at;
  const sentence = words[figure]?.sentence ?? words[figure - 1]?.sentence;
  for (let k = figure - 2; k >= 1 && k >= figure - NUMBER_OF_REACH - 3 && words[k]!.sentence === sentence; k--) {
    if (words[k]!.lower !== 'of' || !/^number$/i.test(words[k - 1]!.text) || !/\bthe\s+(?:total\s+)?$/i.test(text.slice(Math.max(0, words[k - 1]!.start - 10), words[k - 1]!.start))) continue;
    let phrase = nounPhraseAt(words, k + 1, text);
    if (!phrase || phrase.end > words[figure - 1]!.end) return undefined;
    // "the number of dead rose to 35": compromise may read the clause's verb as a noun of the phrase.
    const inPhrase = words.filter((w) => w.start >= words[k + 1]!.start && w.end <= phrase!.end);
    let after = words.find((w) => w.start >= phrase!.end);
    const verbRead = inPhrase.length > 1 && /^(?:to|at)$/.test(after?.lower ?? '');
    if (verbRead) {
      const kept = inPhrase.at(-2)!;
      phrase = { text: text.slice(inPhrase[0]!.start, kept.end), head: kept.text, end: kept.end };
      after = inPhrase.at(-1);
    }
    // The figure is what the number came to: a verb stands between ("rose to", "stood at", "could
    // number"), or one before brings it "to" the figure ("bringing the number of fatalities to 2,946").
    const between = words.filter((w) => w.start >= phrase!.end && w.end <= start);
    const brought = words[k - 3]?.tags.has('Verb') && between.at(-1)?.lower === 'to';
    if (!verbRead && !brought && !between.some((w) => w.tags.has('Verb') || w.tags.has('Copula'))) return undefined;
    // "the number of people killed reached 85": a participle, when the clause's own verb follows it
    // ("the number of inhabitants increased by 90,000" has no participle).
    const verbAfter = (w: Word) => words.some((v) => v.start > w.end && v.end <= start && (v.tags.has('Verb') || v.tags.has('Copula')));
    const participle = after && after.start < start && spaced(after) && /(?:ed|en)$/.test(after.lower) && after.tags.has('Verb') && verbAfter(after) ? after : undefined;
    return { phrase: phrase!, ...(participle && { participle }) };
  }
  return undefined;
}

