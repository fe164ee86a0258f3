import { isFirstName, isFunctionWord, type Word } from './words';
import { AGREEMENT_HEADS, HYPHENATED_NAME_PARTICLES, LAW_HEADS, LEGAL_FORMS, NAME_CONNECTORS, NAME_PARTICLES, NUMBERED_LAW_HEADS, ORGANIZATION_HEADS, OTHER_HEADS, PLACE_HEADS } from './data/heads';
import { TITLE_HEADS, TITLE_MODIFIERS } from './data/titles';
import { lookupName } from './gazetteer';
import { MONTHS, WEEKDAYS } from '../calendar';
import { isCommonWord, isVerb, nounClass } from '../wordnet';

/** A run of capitalised words (with inner connectors) inside one sentence: words[from..to). */
export interface Chunk {
  from: number;
  to: number;
}

const COLLECTIVE_POSSESSIVES = new Set(['people', 'workers', 'women', 'children', 'veterans', 'farmers']);
const NOT_NAME_TAGS = ['Date', 'Month', 'WeekDay', 'Pronoun', 'Value'];
const SENTENCE_OPENER_TAGS = ['Gerund', 'Determiner', 'Pronoun', 'Preposition', 'Conjunction', 'Adverb', 'Verb', 'Adjective', 'QuestionWord', 'Expression', 'Auxiliary', 'Modal'];
const NAME_TAGS = ['ProperNoun', 'Person', 'Place', 'Organization'];
const FUNCTION_WORD_TAGS = ['Preposition', 'Conjunction', 'Pronoun', 'QuestionWord', 'Adverb'];
/** "Anything", "Everyone", "Nobody": pronouns compromise may read as names, never the start of one ("Anything Obama did"). */
const INDEFINITE_PRONOUN = /^(?:(?:any|every|no|some)(?:thing|one|body)|none)$/;

export const headOf = (w: Word | undefined) => (w ? w.lower.replace(/\.$/, '') : '');
/** A head word of the lists that type a name: a body, a place, a law or an agreement. */
export const isTypedHead = (w: Word | undefined) => {
  const h = headOf(w);
  return ORGANIZATION_HEADS.has(h) || PLACE_HEADS.has(h) || LAW_HEADS.has(h) || AGREEMENT_HEADS.has(h);
};

/** What a hyphen makes a name into a modifier with: "Texas-based", "Trump-era", "Bush-style". */
export const MODIFIER_SUFFIX = /^(?:\p{Ll}+(?:ed|ing)|era|style|like|born|wide|made|run|free|type|class|scale|level|term|time|size|area|zone)$/u;

function isNameShaped(w: Word, previous: Word | undefined): boolean {
  // "Texas-based", "ASIC-equipped" are adjectives, not names.
  const lastPart = w.parts[w.parts.length - 1]!.text;
  // "al-Dhari": a lower-case particle hyphenated to a capitalised name is still a name.
  const particled = w.parts.length > 1 && HYPHENATED_NAME_PARTICLES.has(w.parts[0]!.text) && /^\p{Lu}/u.test(w.parts[1]!.text);
  const syllables = isSyllableGivenName(w, previous);
  // "Mar-a-Lago": capitalised parts around a lower-case particle make a name, though a part reads as
  // a month ("Mar"); "July-to-September" is a span of months.
  const particleJoined =
    w.parts.length >= 3 && /^\p{Lu}/u.test(lastPart) && w.parts.slice(1, -1).some((p) => /^\p{Ll}/u.test(p.text)) && !(lastPart.toLowerCase() in MONTHS) && !(lastPart.toLowerCase() in WEEKDAYS);
  const notNameTags = syllables || particleJoined ? ['Value'] : isNamePart(w, previous) ? NOT_NAME_TAGS.filter((t) => t !== 'Pronoun') : NOT_NAME_TAGS;
  return (/^\p{Lu}/u.test(w.text) || particled) && (!/^\p{Ll}/u.test(lastPart) || syllables) && !/\d/.test(w.text) && !notNameTags.some((t) => w.tags.has(t)) && w.text !== 'I';
}

/**
 * "Zheng He", "Liu He": a pronoun's spelling written capitalised inside a sentence, right after a
 * name no dictionary knows, is that name's other part; the pronoun is capitalised only where a
 * sentence opens.
 */
function isNamePart(w: Word, previous: Word | undefined): boolean {
  return (
    previous !== undefined && previous.sentence === w.sentence && /^\p{Lu}\p{Ll}+$/u.test(w.text) && /^\p{Lu}\p{Ll}+$/u.test(previous.text) &&
    /^[ \t]+$/.test(w.gap ?? '') && !previous.tags.has('Pronoun') && !isVerb(previous.lower) && !isCommonWord(previous.lower)
  );
}

/** "Moon Jae-in", "Kim Jong-il": a given name of two short syllables after a family name. */
function isSyllableGivenName(w: Word, previous: Word | undefined): boolean {
  const lastPart = w.parts[w.parts.length - 1]!.text;
  return (
    w.parts.length === 2 && /^\p{Lu}\p{Ll}{1,5}$/u.test(w.parts[0]!.text) && /^\p{Ll}{1,5}$/u.test(lastPart) && !MODIFIER_SUFFIX.test(lastPart) &&
    previous !== undefined && /^\p{Lu}\p{Ll}+$/u.test(previous.text) && /^[ \t]+$/.test(w.gap ?? '')
  );
}

/** "People's", "Workers'", "Worker's": people as a class own the name's head, no one person. */
function isCollectivePossessive(w: Word): boolean {
  const owner = w.lower.replace(/['’]s?$/, '');
  // "Leaders'": WordNet files the plural "leaders" as a body (the leadership); the singular is a person.
  return COLLECTIVE_POSSESSIVES.has(owner) || [owner, owner.replace(/s$/, '')].some((o) => isCommonWord(o) && nounClass(o) === 'person');
}

/** Whether b continues the name a ends: a plain space, or "Mr. X", "John F. Kennedy". */
function joins(a: Word, b: Word): boolean {
  if (a.sentence !== b.sentence || b.gap === undefined) return false;
  // A possessive ends a name, except the collective ones inside names: "People's Liberation Army".
  // The mark may stay between the words ("Workers' Party"), where compromise did not cut it off.
  const markBetween = /^['’]s?[ \t]+$/.test(b.gap);
  if ((a.possessive || markBetween) && !isCollectivePossessive(a)) return false;
  if (/^(?:['’]s?)?[ \t]+$/.test(b.gap)) return true;
  return /^\.[ \t]+$/.test(b.gap) && (a.tags.has('Abbreviation') || /^\p{Lu}$/u.test(a.text));
}

export function findChunks(words: Word[], blocked: (w: Word) => boolean): Chunk[] {
  const isNameWord = (w: Word, i: number) => isNameShaped(w, words[i - 1]) && !blocked(w);
  const chunks: Chunk[] = [];
  let i = 0;
  while (i < words.length) {
    const w = words[i]!;
    if (w.label || !isNameWord(w, i)) {
      i++;
      continue;
    }
    // Segments of name words separated by connectors: "Bank" "of" "Canada".
    let start = i;
    let end = i + 1;
    for (;;) {
      while (end < words.length && !words[end]!.label && isNameWord(words[end]!, end) && joins(words[end - 1]!, words[end]!)) end++;
      let j = end;
      while (j < words.length && j - end < 2 && NAME_CONNECTORS.has(words[j]!.lower) && joins(words[j - 1]!, words[j]!)) j++;
      if (j === end || j >= words.length || !isNameWord(words[j]!, j) || words[j]!.label || !joins(words[j - 1]!, words[j]!)) break;
      let k = j + 1;
      while (k < words.length && !words[k]!.label && isNameWord(words[k]!, k) && joins(words[k - 1]!, words[k]!)) k++;
      if (!keepConnector(words, start, end, j, k)) {
        chunks.push(...trimmed(words, start, end));
        start = j;
      }
      end = k;
    }
    // "Executive Order 12866", "Resolution 1441": the number belongs to the name.
    const next = words[end];
    if (next && NUMBERED_LAW_HEADS.has(headOf(words[end - 1])) && /^\d+$/.test(next.text) && joins(words[end - 1]!, next)) end++;
    chunks.push(...trimmed(words, start, end));
    i = end;
  }
  return chunks;
}

/**
 * Keep "of"/"and" inside a name only when the name needs it: "Bank of Canada"
 * (head before), "Customs and Border Protection" (head after), "Bosnia and
 * Herzegovina" (known name) — but "Canada and Mexico" are two names.
 */
function keepConnector(words: Word[], leftFrom: number, leftTo: number, rightFrom: number, rightTo: number): boolean {
  const connectors = words.slice(leftTo, rightFrom).map((w) => w.lower);
  const joined = words.slice(leftFrom, rightTo).map((w) => w.text).join(' ');
  if (lookupName(joined)) return true;
  if (connectors.every((c) => NAME_PARTICLES.has(c))) return true;
  if (connectors[0] === '&') return true;
  // "Hilltop Coal Mine in Dalton", "North Colliery in Brook Village": a place named after a name is another name.
  if (connectors.includes('in')) return false;
  const leftHead = words[leftTo - 1];
  const rightHead = words[rightTo - 1];
  const left = words.slice(leftFrom, leftTo).map((w) => w.text).join(' ');
  // A company name is complete: "Mazda Motor Corp. of Japan", "Kawasaki Steel Corp. and Nissan".
  if (LEGAL_FORMS.includes(headOf(leftHead))) return false;
  // "Trade and Industry Ministry", "Customs and Border Protection" but not "Trump and Congress".
  if (connectors[0] === 'and') {
    // "Minister of Trade and Economic Development X": portfolios joined inside one title.
    if (TITLE_MODIFIERS.has(headOf(leftHead)) && TITLE_MODIFIERS.has(headOf(words[rightFrom]))) return true;
    // "Center for Disease Control and Prevention", "Ministry of Science and Technology": two abstract
    // nouns joined inside a body's name.
    if (rightTo - rightFrom === 1 && words.slice(leftFrom, leftTo - 1).some(isTypedHead) && isAbstractNoun(leftHead!) && isAbstractNoun(words[rightFrom]!)) return true;
    const complete = words.slice(leftFrom, leftTo).some((w) => w.lower === 'of');
    if (rightTo - rightFrom < 2 || complete || lookupName(left) || words[leftTo - 1]!.tags.has('Person')) return false;
    // "the Varna River and the Ostrava River", "Varna River and Ostrava River": two complete names
    // ("U.S. Customs and Border Protection" has one word of its own on the left: it needs the right).
    const ownWords = words.slice(leftFrom, leftTo).filter((w) => !lookupName(w.text) && !isLeadingFiller(w) && !FUNCTION_WORD_TAGS.some((t) => w.tags.has(t))).length;
    if (connectors.includes('the') || (ownWords > 1 && isTypedHead(leftHead) && isTypedHead(rightHead))) return false;
    // "Immigration and Customs Enforcement": capitalised common words on both sides make one body's name
    // (never kinds of people: "Republicans and Senate Democrats" are two).
    const institutional = (w: Word) => isCommonWord(w.lower) && nounClass(w.lower) !== 'person';
    return isTypedHead(rightHead) || words.slice(leftFrom, rightTo).filter((w) => !NAME_CONNECTORS.has(w.lower)).every(institutional);
  }
  // "Shares of Goldman Sachs", "Residents of Harbin": a common word capitalised only because it opens the
  // sentence, before "of", is no part of the name ("Bank of Canada", "Secretary of State" have their heads).
  const opener = words[leftFrom]!;
  if (connectors[0] === 'of' && leftTo - leftFrom === 1 && opener.sentenceStart && isCommonWord(opener.lower) && !isTypedHead(opener) && !TITLE_HEADS.has(headOf(opener))) return false;
  // "the ranking Democrat on the Oversight Committee", "U.S. Senators on the Foreign Relations
  // Committee": a kind of person, alone or in the plural, is no part of a body's name (a title is:
  // "Secretary of State").
  const plural = /[^s]s$/.test(leftHead!.lower);
  const alone = leftTo - leftFrom === 1 && !TITLE_HEADS.has(headOf(leftHead));
  if ((plural || alone) && !isTypedHead(leftHead) && nounClass(leftHead!.lower) === 'person') return false;
  // "Representative Devin Nunes of the Intelligence Committee": a titled person's name is complete.
  if (leftTo - leftFrom >= 3 && TITLE_HEADS.has(headOf(words[leftFrom])) && isFirstName(words[leftFrom + 1]!.text)) return false;
  // "Judge Arif Abdulrazzak Shaheen of the Iraqi High Criminal Court": a title and a name, whatever the name.
  if (leftTo - leftFrom >= 3 && TITLE_HEADS.has(headOf(words[leftFrom])) && !TITLE_HEADS.has(headOf(leftHead)) && !isTypedHead(leftHead) && words.slice(leftFrom + 1, leftTo).every((w) => !isCommonWord(w.lower))) return false;
  // "Michel Minnig of the International Committee of the Red Cross": so is a first name and a surname.
  if (leftTo - leftFrom >= 2 && isFirstName(words[leftFrom]!.text) && leftHead!.tags.has('Person') && !isTypedHead(leftHead) && !TITLE_HEADS.has(headOf(leftHead))) return false;
  // "Bank of Canada" but "Fitch Investors Service | of the United States".
  const right = words.slice(rightFrom, rightTo).map((w) => w.text).join(' ');
  if (leftTo - leftFrom > 2 && lookupName(right)?.type === 'place') return false;
  // "Beijing Summit of the Forum on …": an event of a body names two things.
  if (connectors[0] === 'of' && OTHER_HEADS.has(headOf(leftHead)) && ORGANIZATION_HEADS.has(headOf(rightHead))) return false;
  // "Hilltop Coal Mine of Ridge Mining Company", "Brook Village of Green County": two complete names.
  if (connectors[0] === 'of' && isTypedHead(leftHead) && isTypedHead(rightHead) && rightTo - rightFrom > 1 && leftTo - leftFrom > 1) return false;
  return isTypedHead(leftHead) || TITLE_HEADS.has(headOf(leftHead)) || isTypedHead(rightHead);
}

/** A common noun for no person, body, place or thing: "Prevention", "Control", "Technology". */
const isAbstractNoun = (w: Word) => isCommonWord(w.lower) && !lookupName(w.text) && !['person', 'group', 'location', 'object', 'artifact'].includes(nounClass(w.lower) ?? '');

/** "The", "Of", "In" opening a chunk are not part of the name; a capitalised particle is ("Le Cong Phung", "De Gaulle"). */
const isLeadingFiller = (w: Word) =>
  w.parts.length === 1 && (w.tags.has('Determiner') || NAME_CONNECTORS.has(w.lower)) && !(NAME_PARTICLES.has(w.lower) && /^\p{Lu}/u.test(w.text));

/**
 * "according to The Guardian", "the BBC and The Times": a capital "The" mid-sentence before one
 * common word writes the title of a paper or a work, which without its article would be no name.
 */
const isTitleWithArticle = (words: Word[], from: number, to: number, afterName = false) =>
  to - from === 2 && words[from]!.text === 'The' && !words[from]!.sentenceStart && isCommonWord(words[from + 1]!.lower) && (afterName || /^\p{Ll}|^,$/u.test(words[from - 1]?.text ?? ''));

/** Drop a capitalised sentence opener ("Recent", "The", "Key") that is not itself a name. */
function trimmed(words: Word[], from: number, to: number): Chunk[] {
  if (isTitleWithArticle(words, from, to)) return [{ from, to }];
  if (from > 0 && joins(words[from - 1]!, words[from]!) && isTitleWithArticle(words, from - 1, to)) return [{ from: from - 1, to }];
  // "the BBC The Guardian and …", a list that lost its comma: the title opens a name of its own.
  if (to - from > 2 && !words[to - 3]!.tags.has('Verb') && isTitleWithArticle(words, to - 2, to, true)) return [...trimmed(words, from, to - 2), { from: to - 2, to }];
  while (from < to && isLeadingFiller(words[from]!)) from++;
  // "White House officials…" opens a sentence with a name that starts with an adjective.
  const named = lookupName(words.slice(from, to).map((w) => w.text).join(' ')) || (to - from > 1 && isTypedHead(words[to - 1]));
  while (from < to) {
    const w = words[from]!;
    // "Whichever side wins": a function word the capital made compromise read as a name.
    const functionWord = /^\p{Lu}\p{Ll}+$/u.test(w.text) && isFunctionWord(w.text) && !lookupName(w.text);
    const opener = w.sentenceStart && (INDEFINITE_PRONOUN.test(w.lower) || functionWord || (SENTENCE_OPENER_TAGS.some((t) => w.tags.has(t)) && !NAME_TAGS.some((t) => w.tags.has(t)) && !lookupName(w.text)));
    // A named chunk keeps an adjective that opens it ("White House") but never a preposition ("At the Luxi Colliery");
    // a family name before its syllable given name is a name, whatever else it reads as ("Ban Ki-moon").
    if (!opener || (named && !FUNCTION_WORD_TAGS.some((t) => w.tags.has(t))) || (to - from === 2 && isSyllableGivenName(words[from + 1]!, w))) break;
    from++;
    while (from < to && isLeadingFiller(words[from]!)) from++;
  }
  // "Nguyen Tuong Van", "Li Du": a capitalised particle that reads as no function word ends a name.
  // "President Moon Jae In.": nor does a capitalised one that closes the clause after two name
  // words, where no preposition or conjunction stands.
  const closesClause = (k: number) => k - from >= 2 && /^\p{Lu}/u.test(words[k]!.text) && !words[k]!.sentenceStart && /^[.,;:]/.test(words[k + 1]?.gap ?? '.');
  const trailing = (w: Word, k: number) => NAME_CONNECTORS.has(w.lower) && (/^\p{Ll}/u.test(w.text) || !(NAME_PARTICLES.has(w.lower) || closesClause(k)));
  while (to > from && trailing(words[to - 1]!, to - 1)) to--;
  return to > from ? [{ from, to }] : [];
}
