import type { EntityType } from './schema';
import type { Piece } from './classify';
import { isCountry, lookupName } from './gazetteer';
import { isCity } from './cities';
import { HYPHENATED_NAME_PARTICLES } from './data/heads';
import { endsInJuniorOrSenior, isFirstName, isJuniorOrSenior } from './words';
import { isCommonWord, isKinshipNoun } from '../wordnet';

export interface ResolvedPiece extends Piece {
  entityId: string;
}

const ACRONYM = /^(?:[A-Z]\.){2,}$|^[A-Z][A-Z&]+$/;
const INITIAL_SKIP = new Set(['of', 'the', 'and', 'for', 'on', 'in', '&', 'de', 'du', 'des', 'la']);

const letters = (s: string) => s.replace(/[^A-Za-z]/g, '').toUpperCase();
const wordsOf = (s: string) => s.split(/[\s-]+/).filter(Boolean);

/** "International Emergency Economic Powers Act" → "IEEPA"; "U.S." counts as "US". */
export function initials(name: string, acronymAsLetter = false, keepOf = false): string {
  return wordsOf(name)
    .filter((w) => !INITIAL_SKIP.has(w.toLowerCase()) || (keepOf && w.toLowerCase() === 'of'))
    .map((w) => (ACRONYM.test(w) && !acronymAsLetter ? letters(w) : w[0]!.toUpperCase()))
    .join('');
}

/**
 * The acronyms a name may go by: "APEC Business Advisory Council" is "APECBAC" or "ABAC"; some
 * keep the "of" ("Department of Justice" is "DOJ", "Bank of Japan" "BOJ").
 */
export function acronymsOf(name: string): string[] {
  return [...new Set([initials(name), initials(name, true), initials(name, true, true)])];
}

/**
 * Whether an acronym in brackets can stand for the name before it: a letter for each word, or
 * letters among the name's initials in any order ("Tupac Amaru Revolutionary Movement (MRTA)",
 * named in Spanish); not a longer name the text left out ("… in Eastern Slavonia (UNTAES)").
 */
function spells(acronym: string, name: string): boolean {
  const words = wordsOf(name).filter((w) => !INITIAL_SKIP.has(w.toLowerCase()));
  // "Croatian Democratic Union (HDZ)": named in its own language, one letter a word.
  if (Math.abs(acronym.length - words.length) <= 1) return true;
  const spelled = new Set(initials(name));
  return [...acronym].every((c) => spelled.has(c));
}

/**
 * Resolve aliases within one text so that mentions of one entity share a
 * canonical name and id: acronyms ↔ expansions ("X (ACR)", "ACR (X)", or
 * matching initials), surnames ↔ full names, and gazetteer forms (already
 * canonical: "U.S." → "United States").
 */
export function resolveAliases(pieces: Piece[], text: string): ResolvedPiece[] {
  const out = pieces.map((p) => ({ ...p }));
  linkOtherNames(out, text);
  linkAcronyms(out, text);
  linkSurnames(out, text);
  linkShortNames(out, text);
  return assignIds(out);
}

/** "the Heilongjiang River (also called Amur River in Russia)", "X, also known as Y": the text says they are one. */
const OTHER_NAME = /^\s*[(,]\s*(?:also\s+)?(?:called|known\s+as)\s+(?:the\s+)?$/i;

function linkOtherNames(pieces: Piece[], text: string): void {
  for (let i = 0; i + 1 < pieces.length; i++) {
    const [a, b] = [pieces[i]!, pieces[i + 1]!];
    if (!(OTHER_NAME.test(text.slice(a.end, b.start)) || bracketsShortName(a, b, text)) || (a.type !== b.type && !b.weak)) continue;
    // Every mention of the other name, before or after, is of the same one.
    const other = b.canonical;
    for (const p of pieces) if (p.canonical === other) Object.assign(p, { canonical: a.canonical, type: a.type, weak: a.weak });
  }
}

/**
 * "the Islamic Resistance Movement (Hamas)": one word in brackets right after a body's longer
 * name is the name it goes by. Not a place or a word inside a firm's name, which goes on after
 * the bracket ("Acer Peripherals (Suzhou) Co", "Saltlakes Holdings (Private) Limited"). Acronyms
 * are linked by their letters (linkAcronyms).
 */
function bracketsShortName(long: Piece, short: Piece, text: string): boolean {
  const word = text.slice(short.start, short.end);
  if (!/^\s*\(\s*$/.test(text.slice(long.end, short.start)) || !/^\s*\)(?!\s*\p{Lu})/u.test(text.slice(short.end))) return false;
  return long.type === 'organization' && short.type !== 'place' && wordsOf(long.canonical).length > 1 && /^\p{Lu}\p{Ll}+$/u.test(word);
}

function linkAcronyms(pieces: Piece[], text: string): void {
  const isAcronym = (p: Piece) => ACRONYM.test(text.slice(p.start, p.end));
  const adopt = (short: Piece, long: Piece) => Object.assign(short, { canonical: long.canonical, type: long.type, weak: long.weak });
  const defined = new Map<string, Piece>();
  // "Long Name (ACR)" or "ACR (Long Name)".
  for (let i = 0; i + 1 < pieces.length; i++) {
    const a = pieces[i]!;
    const b = pieces[i + 1]!;
    if (!/^\s*\($/.test(text.slice(a.end, b.start)) || text[b.end] !== ')') continue;
    const [short, long] = isAcronym(b) && !isAcronym(a) ? [b, a] : isAcronym(a) && !isAcronym(b) ? [a, b] : [];
    if (short && long && wordsOf(long.canonical).length > 1 && spells(letters(text.slice(short.start, short.end)), long.canonical)) {
      defined.set(letters(text.slice(short.start, short.end)), long);
    }
  }
  const expansions = pieces.filter((p) => !isAcronym(p) && wordsOf(p.canonical).length > 1);
  for (const p of pieces) {
    // Gazetteer acronyms ("DPRK", "UAE") are canonical already.
    if (!isAcronym(p) || lookupName(text.slice(p.start, p.end))) continue;
    const key = letters(text.slice(p.start, p.end));
    const long = defined.get(key) ?? expansions.find((e) => initials(e.canonical) === key);
    if (long) adopt(p, long);
  }
}

/**
 * Whether `surface` is the surname of the full name: "Yeltsin" of "Boris Yeltsin", "Valer" of "Juan Valer Sandoval", and with an
 * Arabic article either way and in either case: "al-Dhari", "Al-Dhari" and "Dhari" of
 * "Harith al-Dhari".
 */
function endsWithSurname(full: string, surface: string): boolean {
  const name = full.toLowerCase();
  const surname = surface.toLowerCase();
  if (name.endsWith(` ${surname}`)) return true;
  // "Valer" of "Juan Valer Sandoval": a Spanish name's first surname, when it is no first name.
  const parts = full.split(/\s+/);
  if (parts.length >= 3 && parts.at(-2)!.toLowerCase() === surname && !isFirstName(surface)) return true;
  const particle = /\s(\p{L}+)-(\p{L}+)$/u.exec(name);
  return !!particle && HYPHENATED_NAME_PARTICLES.has(particle[1]!) && (surname === particle[2] || surname === `${particle[1]}-${particle[2]}`);
}

const KIN_AFTER = /^['’]s?\s+(\p{Ll}+),?\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)/u;

/**
 * "Fujimori's son, Kenji", "Trump's son, Donald Trump Jr.": the surname is that of the kin's
 * parent, another person than the kin named in full.
 */
function namesKinOf(text: string, surname: Piece, full: Piece): boolean {
  const m = KIN_AFTER.exec(text.slice(surname.end, surname.end + 80));
  if (!m || !isKinshipNoun(m[1]!)) return false;
  const kin = m[2]!.replace(/\.$/, '');
  return full.canonical === kin || (!kin.includes(' ') && full.canonical.startsWith(`${kin} `));
}

/** Every mention of the full name comes right after a kinship noun ("father Kim Jong-il", "his son Kenji Fujimori"). */
function introducedAsKin(text: string, people: Piece[], canonical: string): boolean {
  return people
    .filter((q) => q.canonical === canonical)
    .every((q) => {
      const before = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, q.start - 20), q.start));
      return before !== null && isKinshipNoun(before[1]!.toLowerCase());
    });
}

/** "Yeltsin" → "Boris Yeltsin" when the full name appears anywhere; the nearest preceding one wins. */
function linkSurnames(pieces: Piece[], text: string): void {
  const people = pieces.filter((p) => p.type === 'person' && !p.weak && wordsOf(p.canonical).length > 1);
  // Once the text says "Fujimori's son, Kenji", a bare "Fujimori" is never Kenji Fujimori.
  const kinOf = (surface: string, full: Piece) => pieces.some((q) => text.slice(q.start, q.end) === surface && namesKinOf(text, q, full));
  for (const p of pieces) {
    const surface = text.slice(p.start, p.end);
    // Gazetteer names keep their type; compromise's guesses ("Trump" as an organisation) do not.
    if (wordsOf(surface).length > 2 || lookupName(surface) || !(p.type === 'person' || p.type === 'organization' || p.weak)) continue;
    // Surname first; a lone first name ("Saddam") only when no surname matches.
    const matching = people.filter((full) => full !== p && full.canonical !== surface && endsWithSurname(full.canonical, surface) && !kinOf(surface, full));
    // "Trump" beside "Donald Trump" and "Donald Trump Jr.": the son goes by "Trump Jr.", the bare surname is the father's.
    const unsuffixed = matching.filter((full) => !endsInJuniorOrSenior(full.canonical));
    const bySurname = unsuffixed.length > 0 ? unsuffixed : matching;
    // A first name ("Saddam") opens a full name; a full name is never that of a parent or child ("Donald Trump Jr").
    const byFirstName = bySurname.length > 0 ? bySurname : people.filter((full) => full.canonical.startsWith(`${surface} `) && !isJuniorOrSenior(full.canonical.slice(surface.length + 1)));
    // "President Yusuf" of "Abdullahi Yusuf Ahmed": failing those, the one full name with it inside.
    const named = byFirstName.length > 0 ? byFirstName : withInnerName(people, surface);
    // "his father Kim Jong-il": a relative named beside the subject is not who the bare name means.
    const notKin = named.filter((full) => !introducedAsKin(text, people, full.canonical));
    const candidates = notKin.length > 0 ? notKin : named;
    if (candidates.length === 0) continue;
    const preceding = candidates.filter((c) => c.start < p.start);
    const full = preceding[preceding.length - 1] ?? candidates[0]!;
    Object.assign(p, { canonical: full.canonical, type: 'person' as EntityType, weak: false });
  }
}

/** The full names of one person that hold `word` between their first and last words: "Yusuf" in "Abdullahi Yusuf Ahmed". */
function withInnerName(people: Piece[], word: string): Piece[] {
  const holding = people.filter((full) => full.canonical.split(/\s+/).slice(1, -1).includes(word));
  return new Set(holding.map((full) => full.canonical)).size === 1 ? holding : [];
}

/**
 * "Goldman" after "Goldman Sachs", "Times" after "The Times": a lone word nothing typed, that
 * opens the name of one body the text names, is that body. Not a first name: "Marianne" is no
 * short name of a firm.
 */
const SUB_BODY = /\s(?:committee|subcommittee|caucus|panel)$/i;

/**
 * "The New York Times" is named after a place and the word "Times", "Los Angeles Clippers" after
 * a city or region and "Clippers". Not a country: "US Congress" is one congress of many. Nor a
 * town named by a common word: the "Liberal House Leader" is no body of Liberal, Kansas.
 */
export function isNamedAfterPlace(body: string, word: string): boolean {
  const place = body.replace(/^The\s+/, '').slice(0, -word.length - 1);
  const known = lookupName(place);
  return body.endsWith(` ${word}`) && place !== '' && !isCountry(known?.canonical ?? place) && (known?.type === 'place' || (isCity(place) && !isCommonWord(place)));
}

/** "the Times" of "The New York Times", "the Post" of "The Washington Post": the body called by its word after "the". */
const isPlacePaper = (body: string, surface: string, before: string) => /\bthe\s$/i.test(before) && isNamedAfterPlace(body, surface);

function linkShortNames(pieces: Piece[], text: string): void {
  const bodies = pieces.filter((p) => p.type === 'organization' && !p.weak && wordsOf(p.canonical).length > 1);
  for (const p of pieces) {
    const surface = text.slice(p.start, p.end);
    if (wordsOf(surface).length > 1 || isFirstName(surface)) continue;
    // "the Times" says which body, whatever a guess typed it.
    const papers = pieces.filter((b) => b.type === 'organization' && isPlacePaper(b.canonical, surface, text.slice(Math.max(0, p.start - 4), p.start)));
    // A committee is a part of the body its name opens with ("Senate" is not the "Senate Foreign Relations Committee").
    const opened = p.weak && p.type === 'other' ? bodies.filter((b) => (b.canonical.startsWith(`${surface} `) && !SUB_BODY.test(b.canonical)) || b.canonical === `The ${surface}`) : [];
    const named = papers.length > 0 ? papers : opened;
    if (new Set(named.map((b) => b.canonical)).size !== 1) continue;
    Object.assign(p, { canonical: named[0]!.canonical, type: named[0]!.type, weak: false });
  }
}

function assignIds(pieces: Piece[]): ResolvedPiece[] {
  const groups = new Map<string, { id: string; type: EntityType; strong: boolean }>();
  for (const p of pieces) {
    const key = p.canonical.toLowerCase();
    const group = groups.get(key);
    if (!group) groups.set(key, { id: `e${groups.size + 1}`, type: p.type, strong: !p.weak });
    else if (!group.strong && !p.weak) Object.assign(group, { type: p.type, strong: true });
  }
  return pieces.map((p) => {
    const group = groups.get(p.canonical.toLowerCase())!;
    return { ...p, type: group.type, weak: p.weak && !group.strong, entityId: group.id };
  });
}
