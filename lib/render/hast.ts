/**
 * Article blocks to a hast tree, built with hastscript. Text from an article is only ever given
 * to `h` as a string child, which becomes a hast `text` node: markup written in an article is
 * shown as written and never parsed or executed. (Tag names passed to `h` are always ours.)
 */
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import type { Block, TextUnit } from '../schema/content';
import { isWrapper, type Mark, type MarkIndex } from '../site/marks';

type Content = ElementContent | string;

/**
 * A root with a newline between its children, as the remark-rehype pipeline this replaced made
 * it, so the HTML stays byte for byte what it was.
 */
export function root(children: Content[]): Root {
  return h(null, children.flatMap((child, i) => (i === 0 ? [child] : ['\n', child])));
}

function markLink(text: string, mark: Mark): Element {
  return h('a', { href: mark.href, className: ['mark', `mark-${mark.kind}`], title: mark.title, dataKind: mark.kind }, text);
}

/**
 * A unit's text with each sentence wrapped in `<span id="p4-s2">` so it can be linked and
 * highlighted, and its marks (entities, dates, figures) as links inside the sentences.
 *
 * Link marks must be sorted and non-overlapping (see nonOverlapping), so their ends are sorted
 * too and one cursor walks them alongside the sentences. A link that crosses a sentence boundary
 * is dropped: a link cannot straddle two sentence spans. Quote marks wrap the links inside them,
 * a wrapper per sentence the quote runs over.
 */
export function sentenceNodes(unit: TextUnit, marks: readonly Mark[] = []): Content[] {
  const { text } = unit;
  const links = marks.filter((m) => !isWrapper(m));
  const quotes = marks.filter(isWrapper);
  const nodes: Content[] = [];
  let at = 0; // text before `at` is rendered
  let next = 0; // links before `next` are rendered or dropped
  for (const sentence of unit.sentences) {
    if (sentence.start > at) nodes.push(text.slice(at, sentence.start));
    const pieces: Piece[] = [];
    at = sentence.start;
    // Links ending after this sentence belong to a later one (or cross its end): they wait.
    for (; next < links.length && links[next]!.end <= sentence.end; next++) {
      const mark = links[next]!;
      if (mark.start < sentence.start) continue; // starts in an earlier sentence or between two
      if (mark.start > at) pieces.push({ start: at, end: mark.start });
      pieces.push({ start: mark.start, end: mark.end, mark });
      at = mark.end;
    }
    if (at < sentence.end) pieces.push({ start: at, end: sentence.end });
    const inner = wrapQuotes(text, pieces, quotes.filter((q) => q.start < sentence.end && q.end > sentence.start));
    nodes.push(h('span', { id: sentence.anchor, className: ['sentence'] }, inner));
    at = sentence.end;
  }
  if (at < text.length) nodes.push(text.slice(at));
  return nodes;
}

/** A stretch of a sentence: plain text, or a link mark. */
interface Piece {
  start: number;
  end: number;
  mark?: Mark;
}

const pieceNode = (text: string, p: Piece): Content => (p.mark ? markLink(text.slice(p.start, p.end), p.mark) : text.slice(p.start, p.end));

/** The sentence's pieces with each quote's stretch wrapped in `<span class="quote-mark">`; text is split at a quote's ends, links never. */
function wrapQuotes(text: string, pieces: Piece[], quotes: Mark[]): Content[] {
  if (!quotes.length) return pieces.map((p) => pieceNode(text, p));
  const cuts = quotes.flatMap((q) => [q.start, q.end]);
  const split = pieces.flatMap((p) => {
    if (p.mark) return [p];
    const points = [p.start, ...cuts.filter((c) => c > p.start && c < p.end).sort((a, b) => a - b), p.end];
    return points.slice(1).map((end, i) => ({ start: points[i]!, end }));
  });
  const out: Content[] = [];
  let i = 0;
  for (const quote of quotes) {
    for (; i < split.length && split[i]!.end <= quote.start; i++) out.push(pieceNode(text, split[i]!));
    const held: Content[] = [];
    for (; i < split.length && split[i]!.start < quote.end; i++) held.push(pieceNode(text, split[i]!));
    if (held.length) out.push(h('span', { className: ['quote-mark'], title: quote.title, dataQuote: quote.href }, held));
  }
  for (; i < split.length; i++) out.push(pieceNode(text, split[i]!));
  return out;
}

/** A unit's sentences with their marks; the renderer decides which marks a unit has. */
type Sentences = (unit: TextUnit) => Content[];

/** The "link to this paragraph" control: a visible, labelled anchor to the unit's own id. */
function permalink(anchor: string): Element {
  return h('a', { href: `#${anchor}`, className: ['permalink'], ariaLabel: `Link to paragraph ${anchor}` }, '¶');
}

const withPermalink = (unit: TextUnit, sentences: Sentences): Content[] => [...sentences(unit), ' ', permalink(unit.anchor)];

function paragraph(unit: TextUnit, sentences: Sentences): Element {
  return h('p', { id: unit.anchor, className: ['para'] }, withPermalink(unit, sentences));
}

function list(items: TextUnit[], ordered: boolean, sentences: Sentences, start?: number): Element {
  return h(
    ordered ? 'ol' : 'ul',
    start !== undefined && start !== 1 ? { start } : {},
    items.map((item) => h('li', { id: item.anchor }, withPermalink(item, sentences))),
  );
}

/** A labelled aside; `key` (its first unit's anchor) keeps ids unique when a kind repeats. */
function box(kind: string, key: string, label: string, children: Element[]): Element {
  const headingId = `${kind}-${key}`;
  return h('aside', { className: ['box', `box-${kind}`], ariaLabelledBy: headingId }, [
    h('h2', { id: headingId, className: ['box-label'] }, label),
    ...children,
  ]);
}

function hostOf(src: string): string | undefined {
  try {
    const url = new URL(src);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.host : undefined;
  } catch {
    return undefined;
  }
}

/**
 * External images are not loaded: fetching them would tell a third party who reads what.
 * The reader sees the alt text and may open the image deliberately.
 */
function figure(src: string, alt: string): Element {
  const host = hostOf(src);
  return h('figure', { className: ['figure-placeholder'] }, [
    h('div', { className: ['figure-frame'] }, [
      h('span', { className: ['figure-icon'], ariaHidden: 'true' }, '▧'),
      host
        ? h('a', { href: src, rel: 'noopener noreferrer nofollow', className: ['figure-open'] }, `Open image (hosted at ${host})`)
        : 'Image not shown',
    ]),
    h('figcaption', {}, alt || 'Image without a description'),
  ]);
}

function table(block: Extract<Block, { type: 'table' }>, sentences: Sentences): Element {
  // Alignment is a class, not a style attribute: the Content-Security-Policy allows no inline styles.
  const cell = (tag: 'th' | 'td', content: Content[], align: string | null, id?: string) =>
    h(tag, { ...(id && { id }), ...(align && { className: [`align-${align}`] }), ...(tag === 'th' && { scope: 'col' }) }, content);
  const head = h('thead', {}, [h('tr', {}, block.header.map((text, i) => cell('th', [text], block.align[i] ?? null)))]);
  const body = h(
    'tbody',
    {},
    block.rows.map((row) => h('tr', {}, row.map((c, i) => cell('td', c ? sentences(c) : [], block.align[i] ?? null, c?.anchor)))),
  );
  // A labelled, focusable section: keyboard users can scroll a wide table sideways.
  return h('section', { className: ['table-scroll'], tabIndex: 0, ariaLabel: `Table: ${block.header.join(', ')}` }, [
    h('table', {}, [head, body]),
  ]);
}

function blockNode(block: Block, sentences: Sentences): Element | undefined {
  switch (block.type) {
    case 'headline':
      return undefined; // shown as the page's h1
    case 'heading':
      return h(`h${Math.min(block.level, 6)}`, { id: block.anchor }, block.text);
    case 'paragraph':
      return paragraph(block.unit, sentences);
    case 'list':
      return list(block.items, block.ordered, sentences, block.start);
    case 'takeaways':
      return box('takeaways', block.items[0]!.anchor, block.label, [list(block.items, false, sentences)]);
    case 'summary':
      return box('summary', block.paragraphs[0]!.anchor, block.label, [
        ...(block.heading ? [h('p', { className: ['box-headline'] }, block.heading)] : []),
        ...block.paragraphs.map((p) => paragraph(p, sentences)),
      ]);
    case 'glossary':
      return box('glossary', block.entries[0]!.definition.anchor, block.label ?? 'Glossary', [
        h(
          'dl',
          {},
          block.entries.flatMap((entry) => [
            h('dt', {}, entry.term),
            h('dd', { id: entry.definition.anchor }, withPermalink(entry.definition, sentences)),
          ]),
        ),
      ]);
    case 'related':
      return h('nav', { className: ['related'], ariaLabel: block.label }, [
        h('h2', { className: ['related-label'] }, block.label),
        h(
          'ul',
          {},
          // Only http(s) links are kept; anything else (javascript:, data:) stays text.
          block.links.map((link) =>
            h('li', {}, hostOf(link.href ?? '') ? h('a', { href: link.href, rel: 'noopener noreferrer nofollow' }, link.text) : link.text),
          ),
        ),
      ]);
    case 'table':
      return table(block, sentences);
    case 'figure':
      return figure(block.src, block.alt);
    case 'byline':
      return h('p', { className: ['credit'] }, block.text);
    case 'dateline':
      return h('p', { className: ['dateline'] }, block.text);
  }
}

/** The article body; `marks` (by unit anchor) become links to entities, timeline and facts. */
export function articleHast(blocks: Block[], marks: MarkIndex = new Map()): Root {
  const sentences: Sentences = (unit) => sentenceNodes(unit, marks.get(unit.anchor));
  return root(blocks.flatMap((b) => blockNode(b, sentences) ?? []));
}
