/** A span of a text unit to mark and link: an entity, a date or a figure. */
export interface Mark {
  start: number;
  end: number;
  kind: 'entity' | 'date' | 'figure';
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
