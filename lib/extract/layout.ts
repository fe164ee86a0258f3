/**
 * Non-sentence segments of raw page text: headings, section labels, table
 * cells, glossary terms ("Term → definition"), comment author lines. Their
 * capital letters are typography, not evidence of a name.
 */
const SEGMENT = /[^\n|→]+/g;
const SENTENCE_END = /[.!?]["'”’)]*\s*$/;
const FUNCTION_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'to', 'in', 'on', 'for', 'at', 'by', 'with', 'from', 'as', 'vs', 'after', 'over']);
const MAX_LABEL_WORDS = 4;

export function labelRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const m of text.matchAll(SEGMENT)) {
    if (isLabel(m[0])) ranges.push([m.index, m.index + m[0].length]);
  }
  return ranges;
}

function isLabel(segment: string): boolean {
  if (!/[A-Za-z]/.test(segment) || SENTENCE_END.test(segment)) return false;
  const words = segment.match(/[A-Za-z][\w'’.-]*/g) ?? [];
  if (words.length <= MAX_LABEL_WORDS) return true;
  const content = words.filter((w) => !FUNCTION_WORDS.has(w.toLowerCase()));
  const capitalised = content.filter((w) => /^[A-Z]/.test(w)).length;
  return capitalised / Math.max(1, content.length) >= 0.75;
}
