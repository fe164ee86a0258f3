import type { EntityMention, Role } from './schema';
import { endsInJuniorOrSenior, isGeneration, wordsOf, type Word } from './words';
import { extractDates } from './dates';
import { quotedNames } from './quoted';
import { findChunks } from './chunks';
import { analyzeChunk, type Piece } from './classify';
import { labelPieces } from './labels';
import { modifierNamePieces } from './modifier-names';
import { withoutNamePrefixes } from './name-prefixes';
import { resolveAliases } from './aliases';
import { roleFor } from './roles';
import { typeFromContext } from './context-types';
import { commonAcronyms } from './common-acronyms';
import { NON_ENTITY_ACRONYMS } from './data/institutions';
import { MEASURE_UNITS } from './data/units';
import { lookupName } from './gazetteer';
import { isCommonWord } from '../wordnet';

/**
 * Named entities with exact spans, types, per-text canonical names and, for
 * people, the role the text gives them.
 */
export function extractEntities(text: string): EntityMention[] {
  const words = withoutNamePrefixes(wordsOf(text), text);
  // "Fiscal Year 2024", "Tuesday": words of date expressions are not names.
  const dates = extractDates(text);
  const inDate = (w: Word) => dates.some((d) => w.start >= d.start && w.end <= d.end);
  // "30 MW": a unit's symbol after a number is no name.
  const units = new Set(words.filter((w, i) => MEASURE_UNITS[w.text] !== undefined && /^\d[\d,.]*$/.test(words[i - 1]?.text ?? '')).map((w) => w.start));
  const blocked = (w: Word) => inDate(w) || units.has(w.start);
  const body = withoutOverlaps([...quotedNames(words, text), ...findChunks(words, blocked).flatMap((chunk) => analyzeChunk(words, chunk, text))]);
  const found = withoutOverlaps([...body, ...modifierNamePieces(words, body, text), ...labelPieces(words, body, text)]).map((p) =>
    // An unknown name right after a title is a person: "Trade Representative nominee Robert Lighthizer".
    p.type === 'other' && isTitled(roleFor(words, [], p, text)) ? { ...p, type: 'person' as const, weak: false } : p,
  );
  // A headline in title case capitalises every word: there a name is only what the prose or the
  // gazetteer knows, and it names nothing the prose's names could be short for.
  const titleCase = titleCaseSentences(words);
  const surface = (p: Piece) => text.slice(p.start, p.end);
  const inProse = new Set(found.filter((p) => !titleCase.has(words[p.from]!.sentence)).map(surface));
  const pieces = found
    .filter((p) => !titleCase.has(words[p.from]!.sentence) || inProse.has(surface(p)) || lookupName(surface(p)) !== undefined)
    // "Paul Manafort, Jr.": a generation cut off its name is no name.
    .filter((p) => !isGeneration(surface(p)));
  const ids = new Map<string, string>();
  const resolved = typeFromContext(words, resolveAliases(pieces, text));
  const opensSentence = (p: Piece) => words[p.from]!.sentenceStart;
  // The text vouches for a name it also writes mid-sentence ("… push Goldman from …").
  const vouched = new Set(resolved.filter((p) => !opensSentence(p)).map((p) => p.entityId));
  // Words of the people's full names: "Nan said" after "Nan Xinyan" is hers, "Baker" is James Baker's.
  const nameWords = new Set(resolved.filter((p) => p.type === 'person' && /\s/.test(p.canonical)).flatMap((p) => p.canonical.split(/\s+/)));
  // Acronyms of common things ("GDP", "EDT") and those the text uses so ("MPs", "183 CD's").
  const common = new Set([...commonAcronyms(words, text), ...NON_ENTITY_ACRONYMS]);
  return resolved
    .filter((p) => !(common.has(text.slice(p.start, p.end).replace(/(?:['’]?s)$/, '')) && !/\s/.test(p.canonical)))
    // A capitalised sentence opener nothing else vouches for ("Unity", "Talks"), or a common word
    // of any type there ("Witnesses said", "Analysts say", the "No" camp after a quote mark).
    .filter((p) => !(opensSentence(p) && !vouched.has(p.entityId) && ((p.type === 'other' && p.weak) || (isCommonOpener(words, p, text) && !nameWords.has(p.canonical)))))
    // "suspend all Nuclear Tests": common words capitalised for emphasis, counted like any plural.
    .filter((p) => !isQuantifiedCommonPlural(words, p))
    .map((p) => {
      if (!ids.has(p.entityId)) ids.set(p.entityId, `e${ids.size + 1}`);
      const entityId = ids.get(p.entityId)!;
      // "Donald Trump Jr.": the stop is the abbreviation's, part of the name.
      const abbreviated = text[p.end] === '.' && endsInJuniorOrSenior(text.slice(p.start, p.end));
      const end = abbreviated ? p.end + 1 : p.end;
      const canonical = abbreviated && endsInJuniorOrSenior(p.canonical) && !p.canonical.endsWith('.') ? `${p.canonical}.` : p.canonical;
      const mention: EntityMention = { start: p.start, end, text: text.slice(p.start, end), type: p.type, canonical, entityId, ...(p.weak && { guessed: true }) };
      const role = p.type === 'person' ? roleFor(words, resolved, p, text) : undefined;
      return role ? { ...mention, role } : mention;
    });
}

/** One word English writes in lower case, that neither compromise nor the gazetteer knows as a person's or a body's name. */
function isCommonOpener(words: Word[], p: Piece, text: string): boolean {
  const w = words[p.from]!;
  return p.to - p.from === 1 && p.canonical === w.text && /^\p{Lu}\p{Ll}+$/u.test(w.text) && isCommonWord(w.lower) && !w.tags.has('Person') && !w.tags.has('Organization') && lookupName(text.slice(p.start, p.end)) === undefined;
}

/** Short words English writes in lower case inside a sentence, that a title-case headline capitalises. */
const FUNCTION_WORDS = new Set(['and', 'or', 'in', 'of', 'for', 'to', 'against', 'with', 'on', 'at', 'by', 'as', 'from', 'over', 'after', 'into', 'about']);
/** Title case leaves only short words in lower case ("for", "of"): a longer one is a sentence's. */
const TITLE_CASE_LOWER = /^\p{Ll}{1,3}$/u;

/**
 * Sentences written in title case ("Democrats Sue Russia And Trump Campaign, Alleging Conspiracy
 * In 2016 Election"): a capitalised function word after the first word, and no lower-case word
 * longer than three letters ("… will meet President Moon Jae In" is a sentence).
 */
function titleCaseSentences(words: Word[]): Set<number> {
  const bySentence = new Map<number, Word[]>();
  for (const w of words) bySentence.set(w.sentence, [...(bySentence.get(w.sentence) ?? []), w]);
  const found = new Set<number>();
  for (const [sentence, all] of bySentence) {
    const lettered = all.filter((w) => /^\p{L}/u.test(w.text));
    const functionWord = lettered.slice(1).some((w) => /^\p{Lu}\p{Ll}*$/u.test(w.text) && FUNCTION_WORDS.has(w.lower));
    const sentenceCase = lettered.some((w) => /^\p{Ll}/u.test(w.text) && !TITLE_CASE_LOWER.test(w.text));
    if (lettered.length >= 4 && functionWord && !sentenceCase) found.add(sentence);
  }
  return found;
}

const QUANTIFIERS = new Set(['all', 'any', 'some', 'many', 'most', 'several', 'few', 'no', 'both']);

/**
 * Two words or more that English writes in lower case (WordNet), the last a plural, after a
 * quantifier: "all Nuclear Tests" names nothing. Names the gazetteer or WordNet know stay ("all United Nations members").
 */
function isQuantifiedCommonPlural(words: Word[], p: Piece): boolean {
  const span = words.slice(p.from, p.to);
  if (span.length < 2 || !QUANTIFIERS.has(words[p.from - 1]?.lower ?? '') || !/[^s]s$/.test(span.at(-1)!.lower) || lookupName(p.canonical) || isCommonWord(p.canonical)) return false;
  return span.every((w) => w.parts.length === 1 && isCommonWord(w.text));
}

/** A capitalised title written against the name, not "the leader of the opposition Labor party". */
const isTitled = (role: Role | undefined) => role?.source === 'title' && /^\p{Lu}/u.test(role.title) && !role.title.includes(' of ');

function withoutOverlaps(pieces: Piece[]): Piece[] {
  const sorted = [...pieces].sort((a, b) => a.start - b.start || b.end - a.end);
  // A piece is dropped when any piece before it (kept or not) reaches past its start.
  let reach = -Infinity;
  return sorted.filter((p) => {
    const overlaps = reach > p.start;
    reach = Math.max(reach, p.end);
    return !overlaps;
  });
}
