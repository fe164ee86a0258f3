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

/** The word that ends `text` just before its final period, if the text ends with one. */
function wordBeforeFinalPeriod(text: string): string | undefined {
  const match = /(?:^|[\s(“"'‘])([\p{L}.]+)\.[)"'’”]*\s*$/u.exec(text);
  return match?.[1];
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
  for (const { index, segment } of segmenter.segment(text)) {
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
