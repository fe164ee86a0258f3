import nlp from 'compromise';
import { isCommonWord } from '../wordnet';
import { labelRanges } from './layout';
import { findIndexSorted, firstIndexWhere } from './sorted';

/**
 * One surface word with its compromise tags and exact offsets. Tokens joined
 * by a hyphen ("Trump-Era", "U.S.-Canada") form one word whose `parts` keep
 * the pieces; a possessive "'s"/"’s" is cut off the span.
 */
export interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
  tags: Set<string>;
  parts: Array<{ text: string; start: number; end: number }>;
  possessive: boolean;
  sentence: number;
  sentenceStart: boolean;
  /** Inside a heading, table cell label, comment author line or other non-sentence. */
  label: boolean;
  /** Characters between the previous word and this one (`undefined` for the first word of a sentence). */
  gap: string | undefined;
}

interface Term {
  text: string;
  tags: Set<string>;
  offset: { start: number; length: number };
}

// The three extractors usually run over the same text one after another; parsing is the expensive step.
let cache: { text: string; words: Word[] } | undefined;

/** Index of the first word starting at or after `offset`, or -1. */
export const firstWordFrom = (words: Word[], offset: number) => findIndexSorted(words, (w) => w.start >= offset);

export function wordsOf(text: string): Word[] {
  if (cache?.text === text) return cache.words;
  const words = buildWords(text);
  cache = { text, words };
  return words;
}

function buildWords(text: string): Word[] {
  const sentences = withNamesTaught(text, parsed(text));
  const labels = labelRanges(text);
  // Label ranges are in text order and do not overlap: the one that could hold an offset is the last starting at or before it.
  const isLabel = (offset: number) => {
    const range = labels[firstIndexWhere(labels, ([s]) => s > offset) - 1];
    return range !== undefined && offset < range[1];
  };
  const words: Word[] = [];
  sentences.forEach((terms, sentence) => {
    let previous: Word | undefined;
    let previousEnd = 0;
    for (const term of terms) {
      if (!term.text || text.slice(term.offset.start, term.offset.start + term.offset.length) !== term.text) continue;
      for (const piece of splitAtDashes(term)) {
        // Punctuation terms ("|", "•") stay in the gap between words.
        if (!/[\p{L}\p{N}&]/u.test(piece.text)) continue;
        const { start, possessive } = piece;
        const end = piece.end - (possessive ? possessiveLength(piece.text) : 0);
        const part = { text: text.slice(start, end), start, end };
        const gap = previous ? text.slice(previousEnd, start) : undefined;
        previousEnd = piece.end;
        if (previous && !previous.possessive && gap === '-') {
          // Join hyphenated pieces into one word.
          previous.parts.push(part);
          previous.end = end;
          previous.text = text.slice(previous.start, end);
          previous.lower = previous.text.toLowerCase();
          previous.possessive = possessive;
          for (const tag of piece.tags) previous.tags.add(tag);
          continue;
        }
        const word: Word = {
          ...part, lower: part.text.toLowerCase(), tags: new Set(piece.tags), parts: splitHyphens(part), possessive,
          sentence, sentenceStart: previous === undefined || (/[\n•|→:“"‘(]|[.!?]['’”)]*\s+$/.test(gap ?? '') && !quotesName(previous, gap!, text, start, piece.tags)), label: isLabel(start), gap,
        };
        words.push(word);
        previous = word;
      }
    }
  });
  return words;
}

/** Words a quoted name runs to, at most: a quote that opens mid-sentence and closes this soon names something. */
const QUOTED_NAME_WORDS = 4;

/**
 * A short quote inside a sentence (codenamed "Amad", the "Rocket Man" tweets): its capital is the
 * name's, not a sentence's, when the quote is all capitalised words or opens on a word no
 * dictionary has. A quote after a colon or a sentence's end opens speech, and "Stop", "Battle"
 * or "Caravans" in quotes may be anyone's words.
 */
function quotesName(previous: Word, gap: string, text: string, start: number, tags: Iterable<string>): boolean {
  if (!/^[ \t]+["“‘]$/.test(gap) || !/^\p{Ll}/u.test(previous.text)) return false;
  // shouted "We have won!" and "Long Live Peru": a quote joined to a quote is more of the same words.
  if (/^(?:and|or)$/.test(previous.lower) && /["”’][ \t]*$/.test(text.slice(Math.max(0, previous.start - 3), previous.start))) return false;
  // A closing ’ is not an apostrophe ("Trump’s").
  const quoted = /^[^"”\n]{1,60}?(?=["”]|’(?!\p{L}))/u.exec(text.slice(start, start + 61));
  const words = quoted?.[0].trim().split(/\s+/) ?? [];
  // "Go! Go! Go!" is a cry, "Biblically Correct" opens on an adverb.
  if (words.length === 0 || words.length > QUOTED_NAME_WORDS || /[!?]/.test(quoted![0]) || [...tags].some((t) => FUNCTION_TAGS.includes(t))) return false;
  return (words.length > 1 && words.every((w) => /^\p{Lu}/u.test(w))) || !isCommonWord(words[0]!.replace(/[^\p{L}'’-]+$/u, ''));
}

type Doc = ReturnType<typeof nlp>;

/** Tags of words compromise knows, which a capital does not make a name: "She", "Then", "In". */
const FUNCTION_TAGS = ['Pronoun', 'Determiner', 'Preposition', 'Conjunction', 'Adverb', 'QuestionWord', 'Auxiliary', 'Modal', 'Copula', 'Expression'];
/** A verb form compromise only gives a word it knows: "Regarding", "Downed". */
const INFLECTED_TAGS = ['PastTense', 'Gerund', 'Participle'];
/** The kinds of name compromise knows, which a taught name keeps. */
const NAME_KINDS = ['Person', 'Place', 'Organization'];

/**
 * compromise knows a name it has not heard of only by its capital, and a capital opening a
 * sentence proves nothing: "Goldman cautioned …" comes out a common noun. A word the same text
 * capitalises mid-sentence ("… push Goldman from …") or in a longer name is taught to
 * compromise through its lexicon, and the sentence parsed again, so the opener is read as the
 * name it is. Dictionary words are not taught: "Police said" opens a sentence with a common noun.
 */
function withNamesTaught(text: string, sentences: Term[][]): Term[][] {
  // Each capitalised word written as a name, with the tag compromise gave it there: a name it knows
  // ("Toyota", an organization) keeps its kind.
  const named = new Map<string, string>();
  const openers = new Set<string>();
  for (const terms of sentences) {
    terms.forEach((term, i) => {
      const word = bareWord(term);
      if (!/^\p{Lu}\p{Ll}{2,}$/u.test(word)) return;
      // Capitalised mid-sentence, or opening a longer name ("Harrowgate Keller Group said …").
      if (i > 0 || /^\p{Lu}/u.test(terms[1]?.text ?? '')) {
        const kind = NAME_KINDS.find((t) => term.tags.has(t)) ?? 'ProperNoun';
        if (named.get(word) === undefined || named.get(word) === 'ProperNoun') named.set(word, kind);
      }
      if (i === 0 && !term.tags.has('ProperNoun') && isUnknownWordGuess(term)) openers.add(word);
    });
  }
  const taught = [...openers].filter((w) => named.has(w) && !isCommonWord(w));
  if (taught.length === 0) return sentences;
  const lexicon = Object.fromEntries(taught.map((w) => [w.toLowerCase(), named.get(w)!]));
  // compromise tags within a sentence: only the sentences a taught word opens are parsed again.
  return sentences.map((terms) => {
    const [first, last] = [terms[0], terms.at(-1)];
    if (!first || !last || first.tags.has('ProperNoun') || !taught.includes(bareWord(first))) return terms;
    const start = first.offset.start;
    return parsed(text.slice(start, last.offset.start + last.offset.length), lexicon)
      .flat()
      .map((t) => ({ ...t, offset: { start: t.offset.start + start, length: t.offset.length } }));
  });
}

const bareWord = (term: Term) => term.text.replace(/['’]s?$/, '');

/** compromise's sentences of terms, with the offsets compute('offset') adds (its public Term type omits them). */
function parsed(text: string, lexicon?: Record<string, string>): Term[][] {
  const doc = lexicon ? parseTaught(text, lexicon) : nlp(text);
  doc.compute('offset');
  return doc.docs as unknown as Term[][];
}

interface Lexicons {
  model: { one: { lexicon: Record<string, unknown>; _multiCache: Record<string, unknown> } };
  methods: { one: { expandLexicon: Expand }; two: { expandLexicon?: Expand } };
}
type Expand = (words: Record<string, string>, world: Lexicons) => { lex: Record<string, unknown>; _multi: Record<string, unknown> };

/**
 * compromise's nlp(text, lexicon) adds the lexicon to its one global model, where a name taught
 * for one article would change how every later one is read: the words it adds (as its own
 * expandLexicon gives them) are put back as they were once this text is parsed.
 */
function parseTaught(text: string, lexicon: Record<string, string>): Doc {
  const world = nlp.world() as unknown as Lexicons;
  const { lexicon: words, _multiCache: multi } = world.model.one;
  const added = [world.methods.two.expandLexicon, world.methods.one.expandLexicon].flatMap((expand) => (expand ? [expand(lexicon, world)] : []));
  const saved = (table: Record<string, unknown>, keys: string[]) => keys.map((k) => [table, k, Object.hasOwn(table, k), table[k]] as const);
  const restore = [...added.flatMap(({ lex }) => saved(words, Object.keys(lex))), ...added.flatMap(({ _multi }) => saved(multi, Object.keys(_multi)))];
  try {
    return nlp(text, lexicon);
  } finally {
    // In reverse, so a key saved twice ends as it first was.
    for (const [table, key, had, value] of restore.reverse()) {
      if (had) table[key] = value;
      else delete table[key];
    }
  }
}


/**
 * What compromise makes of a word it does not know at a sentence start: a noun, or a verb in its
 * bare form ("Harrowgate declined" reads as an order). An inflected verb ("Regarding Cuba",
 * "Downed US jets"), a pronoun or another word it knows is no name in waiting.
 */
const isUnknownWordGuess = (term: Term) =>
  !FUNCTION_TAGS.some((t) => term.tags.has(t)) && (term.tags.has('Noun') || (term.tags.has('Infinitive') && !INFLECTED_TAGS.some((t) => term.tags.has(t))));

const CONTRACTIONS = new Set(["it's", "there's", "here's", "that's", "what's", "who's", "he's", "she's", "let's", "where's", "how's"]);

function possessiveLength(word: string): number {
  // "F.B.I.’s": an acronym written with stops takes a possessive too.
  // "WHO's" is the World Health Organization's, not "who is".
  const contraction = CONTRACTIONS.has(word.toLowerCase().replace('’', "'")) && !/^\p{Lu}{2,}['’]s$/u.test(word);
  if (!/[\p{L}.]['’]s?$/u.test(word) || contraction) return 0;
  return /s$/.test(word) && /['’]s$/.test(word) ? 2 : /['’]$/.test(word) && /s['’]$/.test(word) ? 1 : 0;
}

interface TermPiece {
  text: string;
  start: number;
  end: number;
  tags: Set<string>;
  possessive: boolean;
}

/** compromise keeps "Greer—“constructive" as one term; dashes and quotes separate words. */
function splitAtDashes(term: Term): TermPiece[] {
  const pieces: TermPiece[] = [];
  for (const m of term.text.matchAll(/[^—–“”"]+/g)) {
    const start = term.offset.start + m.index;
    pieces.push({ text: m[0], start, end: start + m[0].length, tags: pieces.length === 0 ? term.tags : new Set(), possessive: possessiveLength(m[0]) > 0 });
  }
  return pieces;
}

/** "U.S.-Mexico-Canada" arrives as one compromise term; keep its pieces. */
function splitHyphens(part: { text: string; start: number; end: number }): Word['parts'] {
  if (!/[\w.]-\w/.test(part.text)) return [part];
  const parts: Word['parts'] = [];
  let offset = part.start;
  for (const piece of part.text.split('-')) {
    parts.push({ text: piece, start: offset, end: offset + piece.length });
    offset += piece.length + 1;
  }
  return parts;
}

/**
 * "Jr" or "Sr.": a parent and child of one name. "Donald Trump Jr" is another person than
 * "Donald Trump", where "Abdullah II" is the "Abdullah" of the same text and "Robert Mueller III"
 * its "Robert Mueller".
 */
export const isJuniorOrSenior = (word: string) => /^(?:Jr|Sr)\.?$/.test(word);

/** A name of two words or more whose last is "Jr" or "Sr": "Donald Trump Jr". */
export const endsInJuniorOrSenior = (name: string) => {
  const words = name.split(/\s+/);
  return words.length > 1 && isJuniorOrSenior(words.at(-1)!);
};

/** A generation after a name: "Jr", "Sr.", "III". */
export const isGeneration = (word: string) => isJuniorOrSenior(word) || /^(?:II|III|IV|V)$/.test(word);

const firstNames = new Map<string, boolean>();

/** A word compromise's name lists give as a first name on its own ("Marianne"), whatever its neighbours made of it. */
export function isFirstName(word: string): boolean {
  if (!firstNames.has(word)) firstNames.set(word, nlp(word).has('#FirstName'));
  return firstNames.get(word)!;
}

/** Tags compromise's lexicon gives words that only ever join a sentence, never name anything. */
const FUNCTION_WORD_LEXICON_TAGS = new Set(['Determiner', 'Pronoun', 'Preposition', 'Conjunction', 'QuestionWord', 'Expression']);

/**
 * A word compromise's lexicon lists as a function word ("whichever", "whatever", "yes"), however
 * a capital opening a sentence made it read there.
 */
export function isFunctionWord(word: string): boolean {
  const { lexicon } = (nlp.model() as { one: { lexicon: Record<string, string | string[] | undefined> } }).one;
  const tags = lexicon[word.toLowerCase()];
  return [tags ?? []].flat().some((t) => FUNCTION_WORD_LEXICON_TAGS.has(t));
}
