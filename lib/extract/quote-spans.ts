/**
 * Quoted stretches of text: “curly” or "straight" marks paired within a paragraph. A paragraph
 * that opens a quote and never closes it runs on into the next paragraph when that one opens
 * with a quote mark, the way news copy prints a quote over several paragraphs.
 */
export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or of the paragraph's end when the quote runs on. */
  close: number;
  /** The words inside the marks, trimmed: [start, end). */
  start: number;
  end: number;
  closed: boolean;
  /** Index of the span this one continues (the previous paragraph's unclosed quote). */
  continues?: number;
}

const OPENERS = new Set(['“', '"']);

function paragraphs(text: string): Array<[number, number]> {
  const bounds: Array<[number, number]> = [];
  let start = 0;
  for (const m of text.matchAll(/\n+/g)) {
    if (m.index > start) bounds.push([start, m.index]);
    start = m.index + m[0].length;
  }
  if (start < text.length) bounds.push([start, text.length]);
  return bounds;
}

/** A straight quote mark opens when nothing but space or punctuation stands before it. */
const opensHere = (text: string, at: number) => at === 0 || /[\s([{—–-]/.test(text[at - 1]!);

export function quoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let runningOn: number | undefined;
  for (const [from, to] of paragraphs(text)) {
    let open: number | undefined;
    const continuing = runningOn !== undefined && OPENERS.has(text[from]!);
    const carried = continuing ? runningOn : undefined;
    runningOn = undefined;
    for (let i = from; i < to; i++) {
      const ch = text[i]!;
      if (open === undefined) {
        if (ch === '“' || (ch === '"' && opensHere(text, i))) open = i;
      } else if (ch === '”' || (ch === '"' && text[open] === '"')) {
        push(spans, text, open, i, true, open === from ? carried : undefined);
        open = undefined;
      }
    }
    if (open !== undefined && push(spans, text, open, to, false, open === from ? carried : undefined)) runningOn = spans.length - 1;
  }
  return spans;
}

function push(spans: QuoteSpan[], text: string, open: number, close: number, closed: boolean, continues: number | undefined): boolean {
  let start = open + 1;
  let end = close;
  while (start < end && /\s/.test(text[start]!)) start++;
  // The comma before “, he said” is the reporter's punctuation, not the speaker's.
  while (end > start && /[\s,]/.test(text[end - 1]!)) end--;
  if (end <= start) return false;
  spans.push({ open, close, start, end, closed, ...(continues !== undefined && { continues }) });
  return true;
}
