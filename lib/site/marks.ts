/**
 * A span of a text unit to mark: an entity, a date or a figure (a link to its page), the verb
 * of saying of a quote (a link to its speaker), or the quoted words themselves ('quote': not a
 * link but a wrapper, so the names and figures inside a quote keep their own links).
 */
export interface Mark {
  start: number;
  end: number;
  kind: 'entity' | 'date' | 'figure' | 'speaker' | 'quote';
  href: string;
  /** Said to assistive technology and shown as a tooltip: what the link leads to. */
  title: string;
}

/** Marks by text unit anchor (`p4`). */
export type MarkIndex = Map<string, Mark[]>;

/**
 * Sorted marks without overlaps: where two overlap, the one that starts first (then the longer)
 * wins, so every character belongs to at most one link.
 */
export function nonOverlapping(marks: Mark[]): Mark[] {
  const sorted = [...marks].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Mark[] = [];
  for (const mark of sorted) if (kept.length === 0 || mark.start >= kept.at(-1)!.end) kept.push(mark);
  return kept;
}

/** Quote wrappers may hold links; links may not overlap each other. */
export const isWrapper = (mark: Mark) => mark.kind === 'quote';
