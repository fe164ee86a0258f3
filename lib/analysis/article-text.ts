import { bodyUnits } from '../content/text-units';
import type { Article, Sentence, TextUnit } from '../schema/content';
import type { Located } from '../schema/story';
import { firstIndexWhere } from '../extract/sorted';

const SEPARATOR = '\n\n';

interface Placed {
  unit: TextUnit;
  /** Offset of the unit's text inside the joined article text. */
  offset: number;
}

/**
 * An article's body as one text, so extractors see whole-article context (a surname resolves to
 * the full name three paragraphs up), with a way back from joined offsets to unit and sentence.
 * Headings, comments and chrome are not part of it: they are not reporting.
 */
export class ArticleText {
  readonly text: string;
  private readonly placed: Placed[] = [];
  private readonly byAnchor = new Map<string, Sentence>();

  constructor(readonly article: Pick<Article, 'id' | 'blocks'>) {
    let offset = 0;
    for (const unit of bodyUnits(article.blocks)) {
      this.placed.push({ unit, offset });
      offset += unit.text.length + SEPARATOR.length;
      for (const sentence of unit.sentences) if (!this.byAnchor.has(sentence.anchor)) this.byAnchor.set(sentence.anchor, sentence);
    }
    this.text = this.placed.map((p) => p.unit.text).join(SEPARATOR);
  }

  private placedAt(offset: number): Placed | undefined {
    let low = 0;
    let high = this.placed.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const p = this.placed[mid]!;
      if (offset < p.offset) high = mid - 1;
      else if (offset >= p.offset + p.unit.text.length) low = mid + 1;
      else return p;
    }
    return undefined;
  }

  /** The unit and sentence holding [start, end) of the joined text; undefined if it crosses a boundary. */
  locate(start: number, end: number): Located | undefined {
    const placed = this.placedAt(start);
    if (!placed || end > placed.offset + placed.unit.text.length) return undefined;
    const localStart = start - placed.offset;
    const localEnd = end - placed.offset;
    // Sentences are in order: the one holding the start is the first that ends after it.
    const sentence = placed.unit.sentences[firstIndexWhere(placed.unit.sentences, (s) => s.end > localStart)];
    if (!sentence || localStart < sentence.start) return undefined;
    return {
      article: this.article.id,
      unit: placed.unit.anchor,
      anchor: sentence.anchor,
      start: localStart,
      end: localEnd,
      text: this.text.slice(start, end),
    };
  }

  sentence(anchor: string): Sentence | undefined {
    return this.byAnchor.get(anchor);
  }

  /** All sentences, in reading order. */
  sentences(): Sentence[] {
    return this.placed.flatMap((p) => p.unit.sentences);
  }
}
