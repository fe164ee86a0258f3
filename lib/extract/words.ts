import nlp from 'compromise';
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
  const doc = nlp(text);
  doc.compute('offset');
  // compromise's public Term type omits the offsets compute('offset') adds.
  const sentences = doc.docs as unknown as Term[][];
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
          sentence, sentenceStart: previous === undefined || /[\n•|→:“"‘(]|[.!?]['’”)]*\s+$/.test(gap ?? ''), label: isLabel(start), gap,
        };
        words.push(word);
        previous = word;
      }
    }
  });
  return words;
}

const CONTRACTIONS = new Set(["it's", "there's", "here's", "that's", "what's", "who's", "he's", "she's", "let's", "where's", "how's"]);

function possessiveLength(word: string): number {
  if (!/\p{L}['’]s?$/u.test(word) || CONTRACTIONS.has(word.toLowerCase().replace('’', "'"))) return 0;
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

const firstNames = new Map<string, boolean>();

/** A word compromise's name lists give as a first name on its own ("Marianne"), whatever its neighbours made of it. */
export function isFirstName(word: string): boolean {
  if (!firstNames.has(word)) firstNames.set(word, nlp(word).has('#FirstName'));
  return firstNames.get(word)!;
}
