/**
 * Sentence boundaries for news text. Unicode's sentence rules (Intl.Segmenter) do the work;
 * on top we undo the breaks they make after abbreviations, initials and dotted acronyms,
 * which newswire is full of ("Gen. J. Smith", "the U.S. Trade Representative").
 */

export interface Span {
  start: number;
  end: number;
}

/** Abbreviations that are almost never the end of a sentence: titles and short forms. */
const NEVER_FINAL = new Set(
  (
    'mr mrs ms dr prof gen lt col maj capt cmdr adm sgt cpl pvt sen rep gov st mt ft rev fr hon ' +
    'pres supt insp det amb vol vols fig figs approx est vs v jan feb mar apr jun jul aug ' +
    'sep sept oct nov dec inc corp co ltd bros dept univ assn ave blvd rd'
  ).split(' '),
);

/** Words that start a new sentence after an acronym like "U.S." ("...to the U.S. The deal..."). */
const SENTENCE_STARTERS = new Set(
  (
    'the a an this that these those it its he she they we i you his her their our there here ' +
    'but and or so yet however meanwhile in on at for if when while after before as since ' +
    'although though despite during what who why how many some most all both each one no not'
  ).split(' '),
);

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Characters the segmenter sees at a time (see sentenceSegments). */
export const SEGMENT_WINDOW = 8_000;

/**
 * Where the segmenter's look-ahead stops: a letter, a sentence terminator or a paragraph
 * separator. Deciding whether "Feb. 4 up" breaks after "Feb." reads on past digits, spaces and
 * punctuation to the next of these (Unicode rule SB8), so a break is certain only if one of them
 * follows it inside the window.
 */
const LOOKAHEAD_STOP = /[\p{L}\p{Sentence_Terminal}\n\r\u0085\u2028\u2029]/u;

function lastLookaheadStop(text: string): number {
  for (let i = text.length - 1; i >= 0; i--) if (LOOKAHEAD_STOP.test(text[i]!)) return i;
  return -1;
}

/**
 * Intl.Segmenter's sentences of `text` with their offsets. V8's segmenter slows down
 * quadratically on long strings (a 1 MB paragraph took 8 s, 1,000 times a 1 kB one), so it is
 * given a window at a time. Sentences that end before the window's last look-ahead stop are as
 * the whole text would have them; the next window starts where the last of those ended. When no
 * sentence is certain, the window widens.
 */
export function* sentenceSegments(text: string, window = SEGMENT_WINDOW): Generator<{ index: number; segment: string }> {
  let from = 0;
  let size = window;
  while (from < text.length) {
    const end = Math.min(text.length, from + size);
    const slice = text.slice(from, end);
    const segments = [...segmenter.segment(slice)];
    const stop = lastLookaheadStop(slice);
    const final = end === text.length ? segments : segments.slice(0, -1).filter((s) => s.index + s.segment.length <= stop);
    if (final.length === 0) {
      size *= 2;
      continue;
    }
    for (const { index, segment } of final) yield { index: from + index, segment };
    const last = final.at(-1)!;
    from += last.index + last.segment.length;
    size = window;
  }
}

const CLOSERS = new Set([')', '"', "'", '’', '”']);
const OPENERS = /[\s(“"'‘]/u;
const WORD_CHAR = /^[\p{L}.]$/u;

/**
 * The word that ends `text` just before its final period, if the text ends with one: "U.S" in
 * "the U.S. " and "Gen" in "(Gen.) ". Read backwards from the end, so its cost does not grow
 * with the sentence (a run of joins, "J. R. J. R. …", re-reads it at every step).
 */
export function wordBeforeFinalPeriod(text: string): string | undefined {
  let end = text.length;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  while (end > 0 && CLOSERS.has(text[end - 1]!)) end--;
  if (text[end - 1] !== '.') return undefined;
  const wordEnd = end - 1;
  let start = wordEnd;
  while (start > 0) {
    // A letter outside the BMP is two code units.
    const width = start > 1 && /[\uDC00-\uDFFF]/.test(text[start - 1]!) && /[\uD800-\uDBFF]/.test(text[start - 2]!) ? 2 : 1;
    if (!WORD_CHAR.test(text.slice(start - width, start))) break;
    start -= width;
  }
  if (start === wordEnd || (start > 0 && !OPENERS.test(text[start - 1]!))) return undefined;
  return text.slice(start, wordEnd);
}

function joinsNext(previous: string, next: string): boolean {
  const word = wordBeforeFinalPeriod(previous);
  if (word === undefined) return false;
  const nextWord = /^\s*[“"'‘(]*([\p{L}\p{N}]+)/u.exec(next)?.[1] ?? '';
  if (/^\p{Ll}/u.test(nextWord)) return true;
  if (NEVER_FINAL.has(word.toLowerCase())) return true;
  // "No. 5" is a number sign; "said no." is a sentence end.
  if (/^nos?$/i.test(word) && /^\p{N}/u.test(nextWord)) return true;
  // A single initial ("J.") or a dotted acronym ("U.S", "a.m") before a name or a noun.
  const isInitial = /^\p{Lu}$/u.test(word);
  const isDottedAcronym = /^(?:\p{L}\.)+\p{L}$/u.test(word);
  if (isInitial || isDottedAcronym) return !SENTENCE_STARTERS.has(nextWord.toLowerCase());
  return false;
}

/** Sentence spans of `text`, trimmed of surrounding white space; never empty for non-blank text. */
export function splitSentences(text: string): Span[] {
  const pieces: Span[] = [];
  for (const { index, segment } of sentenceSegments(text)) {
    const previous = pieces.at(-1);
    if (previous && joinsNext(text.slice(previous.start, previous.end), segment)) {
      previous.end = index + segment.length;
    } else {
      pieces.push({ start: index, end: index + segment.length });
    }
  }
  return pieces
    .map(({ start, end }) => {
      const slice = text.slice(start, end);
      const lead = slice.length - slice.trimStart().length;
      return { start: start + lead, end: start + slice.trimEnd().length };
    })
    .filter((span) => span.end > span.start);
}
