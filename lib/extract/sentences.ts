/**
 * Light sentence bounds for tense cues. A sentence ends at . ! ? followed by
 * whitespace and a capital/quote/digit, or at a line break; "U.S. officials"
 * stays one sentence because a lower-case word follows.
 */
const BOUNDARY = /[.!?]["'”’)]?(?=\s+["'“‘(]?[A-Z0-9])|\n/g;

export function sentenceBounds(text: string): Array<[number, number]> {
  const bounds: Array<[number, number]> = [];
  let start = 0;
  for (const m of text.matchAll(BOUNDARY)) {
    const end = m.index + m[0].length;
    bounds.push([start, end]);
    start = end;
  }
  bounds.push([start, text.length]);
  return bounds;
}

export function sentenceAt(text: string, bounds: Array<[number, number]>, offset: number): string {
  const found = bounds.find(([s, e]) => offset >= s && offset < e);
  return found ? text.slice(found[0], found[1]) : '';
}

// Modal and scheduling cues that put a sentence in the future.
const FUTURE_CUE = /\b(?:will|won't|shall|next|upcoming|plans? to|planned for|to be held|(?:is|are|am)\s+(?:expected|due|set|scheduled|slated|going|to))\b|'ll\b/i;

export function isFutureSentence(sentence: string): boolean {
  return FUTURE_CUE.test(sentence);
}
