/**
 * Lines to typed blocks, in reading order. Every non-blank source line ends up in exactly one
 * place: a body block, a reader comment, or the chrome record. Nothing is dropped.
 */
import type { Block, BlockOf, BlockType, Chrome, Comment } from '../schema/content';
import { isVerblessCaption } from './caption';
import { boxKind, captionLead, classifyLine, editorNotePrefix, isAuthorLike, isHeadingLike, isHeadlineTail, isLabel, isTitleLike, labelText, type LineKind } from './lines';
import { parseTable } from './table';
import { parseDatelineLead } from './dateline';
import { AnchorCounter } from './units';
import { boilerplate } from './boilerplate';

interface Line {
  index: number;
  number: number;
  raw: string;
  kind: LineKind;
}

export interface Segmented {
  blocks: Block[];
  comments: Comment[];
  chrome: Chrome[];
}

/** A block before its source line range is attached. */
type DraftBlock = { [T in BlockType]: Omit<BlockOf<T>, 'line' | 'endLine'> }[BlockType];

type KindOf<K extends LineKind['kind']> = Extract<LineKind, { kind: K }>;

/** Line kinds a section heading may introduce. */
const STRUCTURE = new Set<LineKind['kind']>(['bullet', 'table-row', 'gloss', 'image', 'md-heading']);
const ENDS_SENTENCE = /[.!?:;"”’)\]]$/;
const MARKDOWN_LINK = /^\[([^\]]+)\]\(\s*<?([^\s)>]+)>?\s*\)$/;

/** `elsewhere`: lines other articles of the story also carry (see ./boilerplate). */
export function segmentArticle(body: string, lineOffset = 0, elsewhere?: ReadonlySet<string>): Segmented {
  const lines = body
    .split('\n')
    .map((raw, index) => ({ index, number: index + 1 + lineOffset, raw, kind: classifyLine(raw) }));
  return new Segmenter(withoutBoilerplate(lines, elsewhere)).run();
}

/** Text lines the boilerplate classifier judges furniture become chrome, with its reason. */
function withoutBoilerplate(lines: Line[], elsewhere: ReadonlySet<string> | undefined): Line[] {
  const content = lines.filter((l) => l.kind.kind !== 'blank');
  const judged = boilerplate(
    content.map((l) => ({ text: l.raw.trim(), isText: l.kind.kind === 'text', ...(l.kind.kind === 'chrome' && { chrome: l.kind.reason }) })),
    elsewhere,
  );
  if (judged.size === 0) return lines;
  const reasons = new Map([...judged].map(([i, reason]) => [content[i]!.index, reason]));
  return lines.map((l) => (reasons.has(l.index) ? { ...l, kind: { kind: 'chrome', reason: reasons.get(l.index)! } } : l));
}

class Segmenter {
  private readonly anchors = new AnchorCounter();
  private readonly blocks: Block[] = [];
  private readonly comments: Comment[] = [];
  private readonly chrome: Chrome[] = [];
  private title: string | undefined;
  private i = 0;

  constructor(private readonly lines: Line[]) {}

  run(): Segmented {
    while (this.i < this.lines.length) this.step(this.lines[this.i]!);
    return { blocks: this.blocks, comments: this.comments, chrome: this.chrome };
  }

  private step(line: Line): void {
    const { kind } = line;
    switch (kind.kind) {
      case 'blank':
        this.i++;
        return;
      case 'chrome':
        this.removeAsChrome(line, kind.reason);
        return;
      case 'comment-count':
        this.commentSection(line);
        return;
      case 'table-row':
        this.table();
        return;
      case 'image':
        this.emit(line, line, { type: 'figure', alt: kind.alt, src: kind.src });
        return;
      case 'credit':
        this.emit(line, line, { type: 'byline', text: line.raw.trim(), name: kind.name });
        return;
      case 'dateline':
        this.emit(line, line, { type: 'dateline', text: line.raw.trim(), ...kind.dateline });
        return;
      case 'md-heading':
        this.heading(line, kind.text, kind.level);
        return;
      case 'gloss':
        this.glossary(undefined);
        return;
      case 'bullet':
        this.list();
        return;
      case 'text':
        this.text(line, kind.text);
        return;
    }
  }

  // --- helpers -------------------------------------------------------------------------------

  /** Index of the next non-blank line at or after `from`, or -1. */
  private nextContent(from: number): number {
    for (let j = from; j < this.lines.length; j++) if (this.lines[j]!.kind.kind !== 'blank') return j;
    return -1;
  }

  private kindAt(index: number): LineKind | undefined {
    return index === -1 ? undefined : this.lines[index]?.kind;
  }

  private get sawBody(): boolean {
    return this.blocks.some((b) => b.type !== 'byline' && b.type !== 'dateline');
  }

  private emit(first: Line, last: Line, block: DraftBlock): void {
    this.blocks.push({ ...block, line: first.number, endLine: last.number } as Block);
    this.i = last.index + 1;
  }

  private removeAsChrome(line: Line, reason: Chrome['reason']): void {
    this.chrome.push({ line: line.number, text: line.raw.trim(), reason });
    this.i++;
  }

  /**
   * Consecutive lines of one kind from the current line, allowing blank lines between them,
   * for as long as `continues(previous, next)` holds.
   */
  private collect<K extends LineKind['kind']>(
    kind: K,
    start = this.i,
    continues: (previous: KindOf<K>, next: KindOf<K>) => boolean = () => true,
  ): { first: Line; last: Line; items: KindOf<K>[] } {
    const items: KindOf<K>[] = [];
    let j = start;
    let last = this.lines[start]!;
    while (j !== -1 && this.lines[j]!.kind.kind === kind) {
      const next = this.lines[j]!.kind as KindOf<K>;
      if (items.length > 0 && !continues(items.at(-1)!, next)) break;
      last = this.lines[j]!;
      items.push(next);
      j = this.nextContent(j + 1);
    }
    return { first: this.lines[start]!, last, items };
  }

  // --- block builders ------------------------------------------------------------------------

  private heading(line: Line, text: string, level: number): void {
    if (level === 1 && !this.title && !this.sawBody) {
      this.title = text;
      this.emit(line, line, { type: 'headline', text });
      return;
    }
    const anchor = this.anchors.next('h');
    this.emit(line, line, { type: 'heading', level: Math.min(Math.max(level, 2), 6), anchor, text });
  }

  private text(line: Line, text: string): void {
    if (!this.title && !this.sawBody) {
      // "1st LD: Mine blast kills 24": the note is chrome, the rest is the headline.
      const note = editorNotePrefix(text);
      if (note) {
        this.chrome.push({ line: line.number, text: note.note, reason: 'editor-note' });
        if (!note.rest) return void this.i++;
        text = note.rest;
      }
    }
    // "WASHINGTON (Reuters) - The …": a dateline run into one of the first paragraphs (a caption may come first) is a dateline of its own.
    const opening = !this.blocks.some((b) => b.type === 'dateline') && this.blocks.filter((b) => b.type === 'paragraph').length < 3;
    const lead = opening ? parseDatelineLead(text) : undefined;
    if (lead?.rest) {
      const { text: leadText, rest, ...dateline } = lead;
      this.emit(line, line, { type: 'dateline', text: leadText, ...dateline });
      text = rest;
    }
    // "FILE - In this …, file photo, …": the old picture's sentence and credit are chrome, the news after them text.
    const caption = captionLead(text);
    if (caption) {
      for (const chrome of caption.chrome) this.chrome.push({ line: line.number, text: chrome, reason: 'photo-caption' });
      if (!caption.rest) return void this.i++;
      text = caption.rest;
    }
    if (this.title !== undefined && text === this.title) {
      this.removeAsChrome(line, 'repeated-headline');
      return;
    }
    const next = this.kindAt(this.nextContent(this.i + 1));
    const box = boxKind(text);
    if (isLabel(text) || isHeadingLike(text)) {
      if (next?.kind === 'gloss') return this.glossary(line);
      if (box === 'takeaways' && next?.kind === 'bullet') return this.labelledList(line, 'takeaways');
      if (box === 'related' && next?.kind === 'bullet') return this.labelledList(line, 'related');
      if (box === 'summary' && next?.kind === 'text') return this.summary(line);
    }
    // "cases in central China", "Xinjiang" above a wire dateline: the end of a headline whose start was lost.
    if (!this.title && !this.sawBody && next?.kind === 'dateline' && isHeadlineTail(text)) {
      this.chrome.push({ line: line.number, text, reason: 'headline-fragment' });
      return void this.i++;
    }
    if (next !== undefined && !this.title && !this.sawBody && isTitleLike(text)) {
      this.title = text;
      return this.emit(line, line, { type: 'headline', text });
    }
    // A heading introduces prose or structure; a run of short lines (results, lists of names) is not headings.
    const nextIsProse = next?.kind === 'text' && !isHeadingLike(next.text) && !isLabel(next.text);
    const nextIsStructure = next !== undefined && STRUCTURE.has(next.kind);
    if (isHeadingLike(text) && (nextIsProse || nextIsStructure)) return this.heading(line, text, 2);
    if (isLabel(text) && next?.kind === 'bullet') return this.heading(line, labelText(text), 3);
    if (this.isLeadPicture(text)) {
      this.chrome.push({ line: line.number, text, reason: 'photo-caption' });
      return void this.i++;
    }
    this.paragraph(line, text);
  }

  /**
   * The lead picture's caption, run in as the paragraph after the headline (the first line, when
   * the page gives no marked headline): a verbless line ("Members of the caravan at the border
   * wall in Tijuana on Sunday."). Not after a dateline: that paragraph is the news.
   */
  private isLeadPicture(text: string): boolean {
    if (this.blocks.some((b) => b.type === 'dateline')) return false;
    const paragraphs = this.blocks.filter((b) => b.type === 'paragraph').length;
    const afterHeadline = this.blocks.some((b) => b.type === 'headline') ? paragraphs === 0 : paragraphs === 1;
    return afterHeadline && isVerblessCaption(text);
  }

  /** One paragraph; a hard-wrapped line that continues mid-sentence is joined to it. */
  private paragraph(first: Line, text: string): void {
    let last = first;
    let joined = text;
    for (;;) {
      const next = this.lines[last.index + 1];
      if (next?.kind.kind !== 'text' || ENDS_SENTENCE.test(joined) || !/^\p{Ll}/u.test(next.kind.text)) break;
      joined += ` ${next.kind.text}`;
      last = next;
    }
    this.emit(first, last, { type: 'paragraph', unit: this.anchors.unit(joined) });
  }

  /** A bullet list, or a numbered one whose numbers count up by one (so none is lost). */
  private list(): void {
    const { first, last, items } = this.collect('bullet', this.i, (previous, next) =>
      previous.ordered ? next.ordered && next.number === previous.number! + 1 : !next.ordered,
    );
    const start = items[0]!.number;
    this.emit(first, last, {
      type: 'list',
      ordered: items[0]!.ordered,
      ...(start !== undefined && { start }),
      items: items.map((item) => this.anchors.unit(item.text)),
    });
  }

  private labelledList(label: Line, type: 'takeaways' | 'related'): void {
    const { last, items } = this.collect('bullet', this.nextContent(this.i + 1));
    const text = labelText(label.raw.trim());
    if (type === 'takeaways') {
      this.emit(label, last, { type, label: text, items: items.map((item) => this.anchors.unit(item.text)) });
      return;
    }
    const links = items.map((item) => {
      const link = MARKDOWN_LINK.exec(item.text);
      return link ? { text: link[1]!, href: link[2]! } : { text: item.text };
    });
    this.emit(label, last, { type, label: text, links });
  }

  private glossary(label: Line | undefined): void {
    const start = label ? this.nextContent(this.i + 1) : this.i;
    const { first, last, items } = this.collect('gloss', start);
    const entries = items.map((item) => ({ term: item.term, definition: this.anchors.unit(item.definition) }));
    this.emit(label ?? first, last, { type: 'glossary', label: label && labelText(label.raw.trim()), entries });
  }

  /** A summary box: its label, an optional headline, then paragraphs up to the next structure. */
  private summary(label: Line): void {
    let j = this.nextContent(this.i + 1);
    let heading: string | undefined;
    const first = this.lines[j]!;
    if (first.kind.kind === 'text' && isHeadingLike(first.kind.text) && this.kindAt(this.nextContent(j + 1))?.kind === 'text') {
      heading = first.kind.text;
      j = this.nextContent(j + 1);
    }
    const paragraphs: string[] = [];
    let last = heading ? first : label;
    while (j !== -1) {
      const kind = this.lines[j]!.kind;
      if (kind.kind !== 'text' || isLabel(kind.text) || isHeadingLike(kind.text)) break;
      paragraphs.push(kind.text);
      last = this.lines[j]!;
      j = this.nextContent(j + 1);
    }
    if (paragraphs.length === 0) return this.heading(label, labelText(label.raw.trim()), 2);
    this.emit(label, last, {
      type: 'summary',
      label: labelText(label.raw.trim()),
      heading,
      paragraphs: paragraphs.map((p) => this.anchors.unit(p)),
    });
  }

  private table(): void {
    const first = this.lines[this.i]!;
    let end = this.i;
    while (this.lines[end + 1]?.kind.kind === 'table-row') end++;
    const rows = this.lines.slice(this.i, end + 1);
    const table = parseTable(rows.map((r) => r.raw));
    if (!table) {
      // Not a well-formed GFM table: keep every row as a paragraph rather than lose cells.
      for (const row of rows) this.emit(row, row, { type: 'paragraph', unit: this.anchors.unit(row.raw.trim()) });
      return;
    }
    this.emit(first, rows.at(-1)!, {
      type: 'table',
      align: table.align,
      header: table.header,
      rows: table.rows.map((cells) => cells.map((cell) => (cell ? this.anchors.unit(cell) : null))),
    });
  }

  /**
   * Reader comments follow a counter line ("10 Comments"): author line, then the comment text.
   * If what follows does not have that shape, the counter is kept as an ordinary heading.
   */
  private commentSection(counter: Line): void {
    let end = this.i + 1;
    while (end < this.lines.length && this.lines[end]!.kind.kind !== 'chrome') end++;
    const section = this.lines.slice(this.i + 1, end).filter((l) => l.kind.kind !== 'blank');
    const parsed = parseComments(section);
    if (!parsed) {
      this.heading(counter, counter.raw.trim(), 2);
      return;
    }
    this.chrome.push({ line: counter.number, text: counter.raw.trim(), reason: 'comment-count' });
    for (const c of parsed) {
      this.comments.push({
        author: c.author.raw.trim(),
        unit: this.anchors.unit(c.text.map((l) => l.raw.trim()).join(' '), 'c'),
        line: c.author.number,
        endLine: c.text.at(-1)!.number,
      });
    }
    this.i = end;
  }
}

function parseComments(section: Line[]): { author: Line; text: Line[] }[] | undefined {
  const comments: { author: Line; text: Line[] }[] = [];
  section.forEach((line, index) => {
    const current = comments.at(-1);
    const startsComment =
      isAuthorLike(line.raw.trim()) && index < section.length - 1 && (!current || current.text.length > 0);
    if (startsComment) comments.push({ author: line, text: [] });
    else current?.text.push(line);
  });
  const wellFormed =
    comments.length > 0 &&
    comments.every((c) => c.text.length > 0) &&
    comments.reduce((n, c) => n + 1 + c.text.length, 0) === section.length;
  return wellFormed ? comments : undefined;
}
