import type { EntityType } from './schema';
import { isFirstName, type Word } from './words';
import type { Chunk } from './chunks';
import { headOf, isTypedHead } from './chunks';
import { AGREEMENT_HEADS, AGREEMENT_MODIFIERS, LAW_HEADS, NAME_PARTICLES, ORGANIZATION_HEADS, OTHER_HEADS, PLACE_HEADS } from './data/heads';
import { HONORIFICS, NAME_STYLES, TITLE_HEADS, TITLE_MODIFIERS, TITLE_STATUS } from './data/titles';
import { NON_ENTITY_ACRONYMS } from './data/institutions';
import { isCity } from './cities';
import { isAttestedNoun, isCommonWord, readsAsAdjective, readsAsNoun, readsAsVerb, isUndertakingNoun, nounClass } from '../wordnet';
import { countryOfDemonym, isCompassWord, isCountry, isGroupAdjective, lookupName } from './gazetteer';

/** A typed name found in a chunk, before aliases are resolved. */
export interface Piece {
  start: number;
  end: number;
  /** Word range the piece covers (a hyphen part covers part of one word). */
  from: number;
  to: number;
  type: EntityType;
  canonical: string;
  /** Only weak evidence (a lone acronym, an unknown capitalised word): aliases may retype it. */
  weak: boolean;
}

const SPEECH_VERBS = new Set(['said', 'says', 'told', 'added', 'stated', 'noted', 'explained', 'warned', 'argued', 'insisted', 'announced']);
const CONNECTOR = new Set(['of', 'for', 'on', 'in', 'the', 'and', '&']);
const ACRONYM = /^(?:[A-Z]\.){2,}$|^[A-Z][A-Z&]+$/;
/** Words before a place: "in Summit", "from Mobile". */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'near', 'outside', 'to', 'into', 'across']);
const INTERCAPS = /^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)+$/u;
const SURNAME_PARTICLE = /^(?:Mc|Mac|De|Di|Da|Du|Le|La|Van|Von|Fitz|Ben|Al|El)\p{Lu}/u;

export const isTitleWord = (w: Word) => TITLE_HEADS.has(headOf(w)) || TITLE_MODIFIERS.has(headOf(w));
const isTitleHead = (w: Word) => TITLE_HEADS.has(headOf(w));
/** "Chief Patrol Agent X", "Democrat X": a capitalised noun WordNet files as a kind of person, unless it is a name itself ("Marine"). */
// Not a word English reads first as an adjective: "National" in "the Iraqi National Dialogue" titles no one;
// nor one too rare for WordNet's tagged corpus: "Kin" in "Kin Kiey Mulumba" is a name.
const isPersonNoun = (w: Word) =>
  !w.tags.has('FirstName') && !w.tags.has('LastName') && !isFirstName(w.text) && !lookupName(w.text) && nounClass(w.lower) === 'person' && !readsAsAdjective(w.lower) && (isAttestedNoun(w.lower) || TITLE_HEADS.has(w.lower.replace(/s$/, '')));
/** "Workers' Party", "Lord's Resistance Army": the word is a possessive inside the name. */
const ownsName = (words: Word[], i: number) => words[i]!.possessive || /^['’]/.test(words[i + 1]?.gap ?? '');
const textOf = (words: Word[], from: number, to: number, text: string) => text.slice(words[from]!.start, words[to - 1]!.end);

/** Split a chunk into names: qualifiers ("U.S.", "Bank of Canada"), title words (dropped) and the name itself. */
export function analyzeChunk(words: Word[], chunk: Chunk, text: string): Piece[] {
  const { from, to } = chunk;
  if (lookupName(textOf(words, from, to, text))) return [classify(words, from, to, text)];
  // "the North's vice minister", "the West": a direction alone names no one place.
  if (to - from === 1 && isCompassWord(words[from]!.text)) return [];
  // "a U.N. Security Council Resolution that …": a law one of several, unnamed; the body is named.
  if (to - from > 1 && LAW_HEADS.has(headOf(words[to - 1])) && /^an?$/i.test(words[from - 1]?.text ?? '') && words[from - 1]!.sentence === words[from]!.sentence) {
    return analyzeChunk(words, { from, to: to - 1 }, text);
  }
  const glued = placeBeforePerson(words, from, to, text);
  if (glued) return glued;
  const split = titleSplit(words, from, to);
  // "Major European banks": a nationality alone after a title word is an adjective, and so was the title.
  if (split && isNationality(words, split.nameFrom, to, text)) return qualifiers(words, from, split.titleFrom, text);
  if (split) return [...qualifiers(words, from, split.titleFrom, text), ...classifyName(words, split.nameFrom, to, text, true)];
  const titleOnly = titlePhraseStart(words, from, to);
  if (titleOnly !== undefined) return qualifiers(words, from, titleOnly, text);
  // "Southwest China", "Northeast China's Heilongjiang": a part of a country named by its direction is
  // that country; names the gazetteer knows ("North Korea", "Northern Ireland") were taken above.
  let part = from;
  while (part < to - 1 && (isCompassWord(words[part]!.lower) || /^(?:north|south)-?(?:east|west)(?:ern)?$/.test(words[part]!.lower))) part++;
  const country = part > from ? lookupName(textOf(words, part, to, text)) : undefined;
  if (country && isCountry(country.canonical)) return analyzeChunk(words, { from: part, to }, text);
  // "Long Live Peru", "God Save Ireland": a country right after a verb is a slogan's object, and the
  // name is the country's alone. Not a body's name ("the Project Venezuela" party, "Press Trust of India").
  if (country === undefined && to - from > 1 && endsWithCountry(words, to) && readsAsVerb(words[to - 2]!.lower) && !/^(?:the|an?)$/i.test(words[from - 1]?.text ?? '')) {
    return analyzeChunk(words, { from: to - 1, to }, text);
  }
  // "Russian Sergei Abramov", "South Korean Oh Jae-Eun": a nationality before a personal name.
  let lead = from;
  while (lead < to - 1 && isCompassWord(words[lead]!.lower)) lead++;
  if (to - lead > 2 && isGroupAdjective(words[lead]!.text) && !typeByHead(words, from, to) && !lookupName(words[lead + 1]!.text) && !opensBodyName(words, lead + 1, to)) {
    return analyzeChunk(words, { from: lead + 1, to }, text);
  }
  // "Mexican", "North American", "Sri Lankan": nationalities are not names here.
  if (isGroupAdjective(textOf(words, from, to, text))) return [];
  const last = words[to - 1]!;
  if ((isGroupAdjective(last.text) || last.tags.has('Demonym')) && !lookupName(last.text)) {
    let end = to - 1;
    while (end > from && isCompassWord(words[end - 1]!.lower)) end--;
    return qualifiers(words, from, end, text);
  }
  return classifyName(words, from, to, text, false);
}

const isNationality = (words: Word[], from: number, to: number, text: string) =>
  isGroupAdjective(textOf(words, from, to, text)) || (to - from === 1 && words[from]!.tags.has('Demonym') && !lookupName(words[from]!.text));

/**
 * "Ambassador to China Sergey Razov", "in Moscow Sergei Lavrov said": a known place run into a
 * personal name that opens with a first name is two names.
 */
function placeBeforePerson(words: Word[], from: number, to: number, text: string): Piece[] | undefined {
  if (isFirstName(words[from]!.text)) return undefined;
  // The longest place first: "San Juan" opens "San Juan de Miraflores", though "San" is a town too.
  for (let k = to - 2; k > from; k--) {
    const place = textOf(words, from, k, text);
    if (lookupName(place)?.type !== 'place' && !isCity(place)) continue;
    if (!isFirstName(words[k]!.text) || !isPlausibleName(words, k, to)) return undefined;
    return [classify(words, from, k, text), { ...classify(words, k, to, text), type: 'person', weak: false }];
  }
  return undefined;
}

/**
 * Words before a title ("U.S." Trade Representative, "Fentanyl" Czar) count only as confident
 * names, or as an acronym: the body the title belongs to ("CBP" Chief Patrol Agent).
 */
function qualifiers(words: Word[], from: number, to: number, text: string): Piece[] {
  if (to <= from) return [];
  return analyzeChunk(words, { from, to }, text).filter((p) => !p.weak || (p.to - p.from === 1 && ACRONYM.test(words[p.from]!.text)));
}

/**
 * "Russian Defence Minister Igor Rodionov": the right-most title head followed
 * by a plausible personal name. "Secretary of State Marco Rubio" keeps "of State".
 */
function titleSplit(words: Word[], from: number, to: number): { titleFrom: number; nameFrom: number } | undefined {
  for (let h = to - 2; h >= from; h--) {
    if (!isTitleHead(words[h]!) && !isPersonNoun(words[h]!)) continue;
    // "Sheikh Sharif Sheikh Ahmed": a style between two names is part of the name (the father's), not a title.
    if (isStyleInName(words, from, h)) continue;
    // "Lord's Resistance Army", "Senior Officials' Meeting": a possessive title owns the name, it titles no one.
    if (ownsName(words, h)) continue;
    let name = h + 1;
    if (words[name]?.lower === 'of') {
      name++;
      // "Minister of Trade and Economic Development X": the portfolios, joined or not, are the title's.
      while (name < to && (TITLE_MODIFIERS.has(words[name]!.lower) || words[name]!.lower === 'the' || words[name]!.lower === 'and')) name++;
    }
    if (name < to && isPlausibleName(words, name, to)) return { titleFrom: titlePhraseStartAt(words, from, h), nameFrom: name };
  }
  return undefined;
}

/**
 * A nationality before an English word opens the name of a body or a thing ("the Iraqi National
 * Dialogue"), unless a title or a person's name follows ("Chinese State Councilor Tang Jiaxuan").
 */
function opensBodyName(words: Word[], from: number, to: number): boolean {
  const personal = words.slice(from, to).some((w) => isTitleHead(w) || TITLE_HEADS.has(w.lower.replace(/s$/, '')) || w.tags.has('Person') || isFirstName(w.text));
  return isCommonWord(words[from]!.lower) && !personal;
}

/** A style ("Sheikh") right after a name of the same chunk, not after a title or a nationality ("Saudi King Abdullah"). */
function isStyleInName(words: Word[], from: number, h: number): boolean {
  const before = words[h - 1];
  return h > from && NAME_STYLES.has(headOf(words[h])) && !!before && !isTitleWord(before) && !countryOfDemonym(before.text) && !lookupName(before.text) && /^\p{Lu}\p{Ll}+$/u.test(before.text);
}

/** Where the title phrase that ends the chunk starts, if the chunk ends in a title ("U.S. Trade Representative"). */
function titlePhraseStart(words: Word[], from: number, to: number): number | undefined {
  // "Minister of Trade": a head with its portfolio after "of" ends the chunk as well as a bare head.
  let head = to - 1;
  while (head > from && (TITLE_MODIFIERS.has(words[head]!.lower) || words[head]!.lower === 'and' || words[head]!.lower === 'the')) head--;
  if (head < to - 1) head = words[head]!.lower === 'of' ? head - 1 : -1;
  // "Conservative MPs": a title in the plural after an adjective names people, no one person.
  const plural = head === to - 1 && to - from === 2 && /[^s]s$/.test(words[head]!.lower) && TITLE_HEADS.has(words[head]!.lower.slice(0, -1)) && readsAsAdjective(words[from]!.lower);
  if (head < from || (!isTitleHead(words[head]!) && !plural)) return undefined;
  const start = titlePhraseStartAt(words, from, head);
  if (start === from) return start;
  // "John Major" is a name that ends in a title word; "Fentanyl Czar" is a title.
  const before = words[start - 1]!;
  return before.tags.has('FirstName') || (start - from === 1 && before.tags.has('Person') && !before.tags.has('Honorific')) ? undefined : start;
}

function titlePhraseStartAt(words: Word[], from: number, head: number): number {
  let start = head;
  const inTitle = (i: number) => {
    const w = words[i]!;
    if (w.possessive) return false;
    if (isTitleWord(w) || TITLE_STATUS[w.lower]) return true;
    // "Secretary of State"; "Chief Patrol Agent": a common noun between title words is part of the title.
    const between = w.lower === 'of' || w.lower === 'and' || (isCommonWord(w.lower) && !lookupName(w.text));
    return between && i - 1 >= from && isTitleWord(words[i - 1]!);
  };
  while (start > from && inTitle(start - 1)) start--;
  return start;
}

function isPlausibleName(words: Word[], from: number, to: number): boolean {
  if (to - from > 4) return false;
  for (let i = from; i < to; i++) {
    const w = words[i]!;
    const h = headOf(w);
    if (NAME_PARTICLES.has(w.lower) && i > from) continue;
    // "Bill de Blasio": a first name that is also a head word opens a name.
    const headWord = TITLE_HEADS.has(h) || isTypedHead(w);
    // "Senior Officials' Meeting": no personal name holds a possessive.
    if (i < to - 1 && ownsName(words, i)) return false;
    // "Moon Jae In": a capitalised connector that closes a name of two words or more is one of its syllables.
    const lastSyllable = i === to - 1 && i - from >= 2 && /^\p{Lu}/u.test(w.text);
    if ((CONNECTOR.has(w.lower) && !lastSyllable) || (headWord && !(i === from && to - from > 1 && (isFirstName(w.text) || w.tags.has('Person'))))) return false;
    // Right after a title a nationality is a first name ("Minister German Gref"): nationalities come before titles.
    const givenName = i === from && to - from > 1 && countryOfDemonym(w.text) && !lookupName(w.text);
    // "Ambassador M.H. Ansari": initials before a surname are the name's, unlike an acronym ("Ambassador UNHCR").
    const initials = i < to - 1 && /^(?:\p{Lu}\.){2,3}$/u.test(w.text);
    if (lookupName(w.text) || (countryOfDemonym(w.text) && !givenName) || (ACRONYM.test(w.text) && w.text.length > 2 && !initials)) return false;
  }
  return true;
}

/** The name part of a chunk; `afterTitle` means a title precedes it, which makes it a person. */
function classifyName(words: Word[], from: number, to: number, text: string, afterTitle: boolean): Piece[] {
  // "Mr. Smith": the honorific is not part of the name.
  if (HONORIFICS.has(headOf(words[from])) && to - from > 1 && !ownsName(words, from)) return [{ ...classify(words, from + 1, to, text), type: 'person', weak: false }];
  const compound = placeCompound(words, from, to, text);
  if (compound) return compound;
  const piece = classify(words, from, to, text);
  // After a title only a known place or institution ("President of Russia") is not a person.
  if (afterTitle && !lookupName(text.slice(piece.start, piece.end))) return [{ ...piece, type: 'person', weak: false }];
  return [piece];
}

/**
 * "U.S.-Mexico" names two places; followed by "trade agreement" it names an
 * agreement ("U.S.-Mexico-Canada trade agreement").
 */
function placeCompound(words: Word[], from: number, to: number, text: string): Piece[] | undefined {
  const last = words[to - 1]!;
  if (last.parts.length < 2 || !last.parts.every((p) => lookupName(p.text)?.type === 'place')) return undefined;
  if (lookupName(last.text)) return undefined;
  let end = to;
  while (end < words.length && AGREEMENT_MODIFIERS.has(words[end]!.lower) && words[end]!.sentence === last.sentence) end++;
  const head = words[end];
  if (head && AGREEMENT_HEADS.has(head.lower) && /^[ \t]+$/.test(head.gap ?? '')) {
    const span = { start: words[from]!.start, end: head.end, from, to: end + 1 };
    return [{ ...span, type: 'agreement', canonical: text.slice(span.start, span.end), weak: false }];
  }
  const leading = to - 1 > from ? [classify(words, from, to - 1, text)] : [];
  return [
    ...leading,
    ...last.parts.map((p) => ({ start: p.start, end: p.end, from: to - 1, to, type: 'place' as const, canonical: lookupName(p.text)!.canonical, weak: false })),
  ];
}

/** The chunk's last word is a country's name. */
function endsWithCountry(words: Word[], to: number): boolean {
  const country = lookupName(words[to - 1]!.text);
  return country?.type === 'place' && isCountry(country.canonical);
}

/**
 * "Radio Rwanda", "Statistics Netherlands", "Athletics Kenya", "Air France": common nouns before
 * a country's name make a body of that country, not a place. Not a direction, a region or a
 * people ("South China", "Mainland China", "Christian Ethiopia"), nor words read mostly as
 * adjectives or not as nouns at all ("Upper Zaire", "Long Live Peru").
 */
function isBodyOfCountry(words: Word[], from: number, to: number): boolean {
  if (to - from < 2 || !endsWithCountry(words, to)) return false;
  return words.slice(from, to - 1).every((w) => {
    const kind = nounClass(w.lower);
    return /^\p{Lu}\p{Ll}+$/u.test(w.text) && readsAsNoun(w.lower) && !isCompassWord(w.lower) && kind !== 'person' && kind !== 'location';
  });
}

function classify(words: Word[], from: number, to: number, text: string): Piece {
  const span = { start: words[from]!.start, end: words[to - 1]!.end, from, to };
  const surface = text.slice(span.start, span.end);
  const piece = (type: EntityType, weak = false, canonical = surface): Piece => ({ ...span, type, canonical, weak });
  const known = lookupName(surface);
  if (known) return piece(known.type, false, known.canonical);
  if (isBodyOfCountry(words, from, to)) return piece('organization');
  // "Marianne Lake": a first name before a place head is a person's name.
  const first = words[from]!;
  if (to - from === 2 && isFirstName(first.text) && !lookupName(first.text) && !isCity(first.text) && PLACE_HEADS.has(headOf(words[to - 1]))) return piece('person');
  // "The Guardian", "The Times": a paper's title (see isTitleWithArticle in ./chunks).
  if (to - from === 2 && first.text === 'The') return piece('organization');
  // "Operation Desert Shield", "Project Amad": an undertaking named after the word for its kind.
  if (to - from >= 2 && isUndertaking(words[from]!) && !isCommonWord(`${words[from]!.lower} ${words[from + 1]!.lower}`) && !isTypedHead(words[to - 1]) && !words.slice(from + 1, to).some((w) => lookupName(w.text))) return piece('other');
  // "a Sydney cardiologist", "the Sydney suburb of Auburn": a city named like a person, qualifying
  // the noun after it, is the city; a given name qualifies no noun. Weak, so "Sydney Smith" keeps hers.
  const readsAsGivenName = (first.tags.has('Person') || first.tags.has('FirstName')) && !first.tags.has('LastName') && !isCommonWord(first.lower);
  if (to - from === 1 && readsAsGivenName && isCity(surface) && qualifiesNoun(words, to)) return piece('place', true);
  const byTags = typeByTags(words, from, to);
  // "Hanoi Declaration": the head noun outweighs a place that only qualifies it.
  const byHead = typeByHead(words, from, to) ?? (byTags === 'place' || !byTags ? typeByCommonHead(words, from, to) : undefined);
  if (byHead) return piece(byHead);
  // compromise reads a lone unknown word before a noun as a company ("the Chibok girls"), and
  // unknown capitalised words as places ("Islamic State"): guesses, which the context may overrule.
  if (byTags) return piece(byTags, isTagGuess(words, from, to, byTags));
  if (/^[\w-]+\.(?:com|org|net|gov|edu|info|io)$/i.test(surface)) return piece('organization');
  // "FactSet", "WikiLeaks": a capital inside one word is how companies and brands write their names;
  // surnames that do so carry a particle ("McDonald", "DeSantis", "LaGuardia").
  if (to - from === 1 && INTERCAPS.test(surface) && !SURNAME_PARTICLE.test(surface)) return piece('organization', true);
  // compromise tags real acronyms; capitalised words in an all-caps line ("ATTENTION - ADDS") are not.
  // In brackets after a name, capitals are an acronym whatever compromise reads ("(UNTAES)" as a plural).
  const bracketed = text[span.start - 1] === '(' && text[span.end] === ')';
  if (to - from === 1 && ACRONYM.test(surface) && !NON_ENTITY_ACRONYMS.has(surface) && (words[from]!.tags.has('Acronym') || surface.length <= 3 || bracketed)) {
    // "USMCA agreement", "DACA program": a generic head after the acronym says what it names.
    const next = words[to];
    const after = next && next.gap === ' ' ? next.lower : '';
    return piece(AGREEMENT_HEADS.has(after) ? 'agreement' : LAW_HEADS.has(after) ? 'law' : 'organization', true);
  }
  // "X said" names who spoke, but "people in X said" where they are.
  if (to - from <= 3 && SPEECH_VERBS.has(words[to]?.lower ?? '') && words[to]!.gap === ' ' && !PLACE_PREPOSITIONS.has(words[from - 1]?.lower ?? '')) return piece('person');
  // "Lagos", "Harare": a city of the gazetteer, unless compromise reads a person's name in it;
  // weak, so a surname of someone named in full ("Jackson" after "Lisa Jackson") is still theirs.
  // A city named like a common word ("Summit", "Mobile") is one only where a place is expected ("in Summit").
  const commonName = to - from === 1 && isCommonWord(words[from]!.lower);
  if (isCity(surface) && !words.slice(from, to).some((w) => w.tags.has('Person') || w.tags.has('FirstName')) && (!commonName || PLACE_PREPOSITIONS.has(words[from - 1]?.lower ?? ''))) {
    return piece('place', true);
  }
  // Two or three unknown capitalised words with nothing else to go on are, in news copy, mostly a foreign personal name.
  // Not when every word is a common English word ("Harbor Safety"): that is a body or a thing.
  const named = words.slice(from, to);
  if (to - from >= 2 && to - from <= 3 && named.every(isBareName) && !named.every((w) => isCommonWord(w.lower))) return piece('person', true);
  return piece('other', true);
}

/** The word at `at` is a common noun right after the name, in the same sentence: "Sydney cardiologist". */
function qualifiesNoun(words: Word[], at: number): boolean {
  const next = words[at];
  return next !== undefined && next.sentence === words[at - 1]!.sentence && next.gap === ' ' && /^\p{Ll}+$/u.test(next.text) && next.tags.has('Noun') && !next.tags.has('Verb');
}

function isBareName(w: Word): boolean {
  return !CONNECTOR.has(w.lower) && !ACRONYM.test(w.text) && !isTitleWord(w) && !w.tags.has('Adjective') && !w.tags.has('Verb') && !lookupName(w.text);
}

function typeByHead(words: Word[], from: number, to: number): EntityType | undefined {
  if (to - from < 2) return undefined;
  const last = /^\d+$/.test(words[to - 1]!.text) ? headOf(words[to - 2]) : headOf(words[to - 1]);
  if (LAW_HEADS.has(last)) return runByBody(words, from, to) ? 'organization' : 'law';
  if (AGREEMENT_HEADS.has(last)) return 'agreement';
  // "Bank of Canada", "Gulf of Mexico": the head is the word before "of".
  const ofAt = words.slice(from, to).findIndex((w) => w.lower === 'of' || w.lower === 'for' || w.lower === 'on');
  const heads = ofAt > 0 ? [last, headOf(words[from + ofAt - 1])] : [last];
  if (heads.some((h) => ORGANIZATION_HEADS.has(h))) return 'organization';
  // "UN High Commissioner for Refugees": an office named for its body acts as a body.
  if (heads.some((h) => TITLE_HEADS.has(h)) && lookupName(words[from]!.text)?.type === 'organization') return 'organization';
  if (heads.some((h) => PLACE_HEADS.has(h))) return 'place';
  if (OTHER_HEADS.has(last)) return 'other';
  return undefined;
}

/**
 * "United Nations Development Program", "UN Environment Programme": a programme a known body runs
 * under its own name is an agency of that body, not a plan.
 */
function runByBody(words: Word[], from: number, to: number): boolean {
  if (!/^program(?:me)?$/.test(headOf(words[to - 1]))) return false;
  for (let end = to - 2; end > from; end--) {
    if (lookupName(words.slice(from, end).map((w) => w.text).join(' '))?.type === 'organization') return true;
  }
  return false;
}

/**
 * The word for an undertaking, capitalised, before the name of one ("Operation Desert Storm",
 * "Project Amad"); not a compound ("Task Force"), nor when the name is a body's ("Campaign
 * Committee") or holds a known name.
 */
const isUndertaking = (w: Word) => /^\p{Lu}\p{Ll}+$/u.test(w.text) && isUndertakingNoun(w.lower) && !isFirstName(w.text);

/**
 * A name ending in a common noun that no head list knows takes that noun's WordNet class:
 * "… Declaration" and "… Goals" are texts and aims, not places; "… Council" a body. Not when
 * the name starts with a first name ("Marianne Lake" is a person).
 */
function typeByCommonHead(words: Word[], from: number, to: number): EntityType | undefined {
  if (to - from < 2 || ((words[from]!.tags.has('FirstName') || words[from]!.tags.has('Honorific')) && !ownsName(words, from))) return undefined;
  // "Zheng He": a name part spelled as a pronoun is no noun ("he" is also a Hebrew letter).
  if (words[to - 1]!.tags.has('Pronoun')) return undefined;
  const kind = nounClass(words[to - 1]!.lower);
  // Place heads are listed; a "state" that WordNet files as a place is as often a movement ("Islamic State").
  if (kind === 'group') return 'organization';
  return kind === 'communication' || kind === 'act' || kind === 'cognition' || kind === 'event' ? 'other' : undefined;
}

function isTagGuess(words: Word[], from: number, to: number, type: EntityType): boolean {
  if (type === 'organization') return to - from === 1 && !words[from]!.tags.has('Acronym');
  // "at Mina in Saudi Arabia", "landed at Shannon": a lone word compromise reads only as a first name
  // may be a place named like one.
  if (type === 'person') return to - from === 1 && words[from]!.tags.has('FirstName') && !words[from]!.tags.has('LastName');
  return type === 'place' && !words.slice(from, to).some((w) => lookupName(w.text) || isCity(w.text));
}

function typeByTags(words: Word[], from: number, to: number): EntityType | undefined {
  const span = words.slice(from, to).filter((w) => !CONNECTOR.has(w.lower));
  const count = (...tags: string[]) => span.filter((w) => tags.some((t) => w.tags.has(t))).length;
  // "King's Cross", "President's Daily Brief": a person who owns the name is not the one named.
  const person = words.slice(from, to).filter((w, i) => !(from + i < to - 1 && ownsName(words, from + i)) && ['Person', 'FirstName', 'LastName'].some((t) => w.tags.has(t))).length;
  const place = count('Place', 'City', 'Country', 'Region');
  // compromise tags every acronym an organisation; inside a longer name that says nothing.
  const org = span.filter((w) => w.tags.has('Organization') && !(span.length > 1 && w.tags.has('Acronym'))).length;
  // "secretary of state James Baker": a given name opens a person's name, though compromise may read a place in it.
  const givenName = (w: Word) => w.tags.has('FirstName') || (isFirstName(w.text) && !lookupName(w.text) && !span.slice(1).some((x) => x.tags.has('Place')));
  if (span.length > 1 && givenName(span[0]!) && org === 0) return 'person';
  if (org > 0 && org >= place && org >= person) return 'organization';
  if (place === span.length) return 'place';
  if (person > 0 && person >= place) return 'person';
  if (place > 0) return 'place';
  return undefined;
}
