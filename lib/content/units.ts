import type { TextUnit } from '../schema/content';
import { splitSentences } from './sentences';

/**
 * Hands out positional anchors in reading order: `p1, p2, …` for article text, `c1, c2, …` for
 * reader comments, `h1, h2, …` for headings. Position, not content, so a typo fix in one
 * paragraph does not break links to the others.
 */
export class AnchorCounter {
  private counts = { p: 0, c: 0, h: 0 };

  next(prefix: 'p' | 'c' | 'h'): string {
    this.counts[prefix] += 1;
    return `${prefix}${this.counts[prefix]}`;
  }

  unit(text: string, prefix: 'p' | 'c' = 'p'): TextUnit {
    const anchor = this.next(prefix);
    const sentences = splitSentences(text).map((span, i) => ({
      anchor: `${anchor}-s${i + 1}`,
      start: span.start,
      end: span.end,
      text: text.slice(span.start, span.end),
    }));
    return { anchor, text, sentences };
  }
}
