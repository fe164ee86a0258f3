import { firstWordFrom, type Word } from './words';
import type { Piece } from './classify';
import { AGREEMENT_HEADS, LAW_HEADS } from './data/heads';

// “Remain in Mexico” policy: a quoted Title Case name followed by a generic head.
const QUOTED_NAME = /[“"]([A-Z][^“”"\n]{2,60}?)[”"]\s+([a-z]+)\b/g;

/** Policies and deals named in quotes; the span is the quoted name, the canonical adds the head. */
export function quotedNames(words: Word[], text: string): Piece[] {
  const pieces: Piece[] = [];
  for (const m of text.matchAll(QUOTED_NAME)) {
    const head = m[2]!;
    const type = LAW_HEADS.has(head) ? 'law' : AGREEMENT_HEADS.has(head) ? 'agreement' : undefined;
    if (!type) continue;
    const start = m.index + 1;
    const end = start + m[1]!.length;
    const from = firstWordFrom(words, start);
    const to = firstWordFrom(words, end);
    if (from === -1) continue;
    pieces.push({ start, end, from, to: to === -1 ? words.length : to, type, canonical: `${m[1]} ${head}`, weak: false });
  }
  return pieces;
}
