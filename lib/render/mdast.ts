/**
 * Article blocks to an mdast tree. Text only ever becomes `text` nodes, so markup written in an
 * article is shown as written and never parsed or executed. Box types that markdown has no node
 * for are plain nodes with `data.hName`, which remark-rehype turns into the named element.
 */
import type { Nodes, Root, RootContent, Text } from 'mdast';
import type { Block, TextUnit } from '../schema/content';
import type { Mark, MarkIndex } from './marks';

type Properties = Record<string, string | string[] | boolean | number>;

/** A node that remark-rehype renders as `<tag ...properties>` around its children. */
export function element(tag: string, properties: Properties, children: Nodes[]): RootContent {
  return { type: 'paragraph', data: { hName: tag, hProperties: properties }, children } as unknown as RootContent;
}

const text = (value: string): Text => ({ type: 'text', value });

const MARK_LABELS: Record<Mark['kind'], string> = { entity: 'entity', date: 'date', figure: 'figure' };

/** Text from `start` to `end` of a unit, with the marks inside it as links. */
function markedText(value: string, start: number, end: number, marks: Mark[]): Nodes[] {
  const nodes: Nodes[] = [];
  let cursor = start;
  for (const mark of marks) {
    if (mark.start < start || mark.end > end) continue;
    if (mark.start > cursor) nodes.push(text(value.slice(cursor, mark.start)));
    nodes.push(
      element('a', { href: mark.href, className: ['mark', `mark-${mark.kind}`], title: mark.title, dataKind: MARK_LABELS[mark.kind] }, [
        text(value.slice(mark.start, mark.end)),
      ]),
    );
    cursor = mark.end;
  }
  if (cursor < end) nodes.push(text(value.slice(cursor, end)));
  return nodes;
}

/**
 * A unit's text with each sentence wrapped in `<span id="p4-s2">` so it can be linked and
 * highlighted, and its marks (entities, dates, figures) as links inside the sentences.
 */
export function sentenceNodes(unit: TextUnit, marks: Mark[] = []): Nodes[] {
  const nodes: Nodes[] = [];
  let cursor = 0;
  for (const sentence of unit.sentences) {
    if (sentence.start > cursor) nodes.push(text(unit.text.slice(cursor, sentence.start)));
    nodes.push(
      element('span', { id: sentence.anchor, className: ['sentence'] }, markedText(unit.text, sentence.start, sentence.end, marks)),
    );
    cursor = sentence.end;
  }
  if (cursor < unit.text.length) nodes.push(text(unit.text.slice(cursor)));
  return nodes;
}

/** The "link to this paragraph" control: a visible, labelled anchor to the unit's own id. */
export function permalink(anchor: string): RootContent {
  return element('a', { href: `#${anchor}`, className: ['permalink'], ariaLabel: `Link to paragraph ${anchor}` }, [text('¶')]);
}

/** A unit's sentences with their marks; the renderer decides which marks a unit has. */
type Sentences = (unit: TextUnit) => Nodes[];

const withPermalink = (unit: TextUnit, sentences: Sentences): Nodes[] => [...sentences(unit), text(' '), permalink(unit.anchor)];

function paragraph(unit: TextUnit, sentences: Sentences): RootContent {
  return element('p', { id: unit.anchor, className: ['para'] }, withPermalink(unit, sentences));
}

function list(items: TextUnit[], ordered: boolean, sentences: Sentences, start?: number): RootContent {
  return element(
    ordered ? 'ol' : 'ul',
    start !== undefined && start !== 1 ? { start } : {},
    items.map((item) => element('li', { id: item.anchor }, withPermalink(item, sentences))),
  );
}

/** A labelled aside; `key` (its first unit's anchor) keeps ids unique when a kind repeats. */
function box(kind: string, key: string, label: string, children: Nodes[]): RootContent {
  const headingId = `${kind}-${key}`;
  return element('aside', { className: ['box', `box-${kind}`], ariaLabelledBy: headingId }, [
    element('h2', { id: headingId, className: ['box-label'] }, [text(label)]),
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
function figure(src: string, alt: string): RootContent {
  const host = hostOf(src);
  const caption = alt || 'Image without a description';
  return element('figure', { className: ['figure-placeholder'] }, [
    element('div', { className: ['figure-frame'] }, [
      element('span', { className: ['figure-icon'], ariaHidden: 'true' }, [text('▧')]),
      host
        ? element('a', { href: src, rel: 'noopener noreferrer nofollow', className: ['figure-open'] }, [
            text(`Open image (hosted at ${host})`),
          ])
        : text('Image not shown'),
    ]),
    element('figcaption', {}, [text(caption)]),
  ]);
}

function table(block: Extract<Block, { type: 'table' }>, sentences: Sentences): RootContent {
  // Alignment is a class, not a style attribute: the Content-Security-Policy allows no inline styles.
  const cell = (tag: 'th' | 'td', content: Nodes[], align: string | null, id?: string) =>
    element(tag, { ...(id && { id }), ...(align && { className: [`align-${align}`] }), ...(tag === 'th' && { scope: 'col' }) }, content);
  const head = element('thead', {}, [
    element('tr', {}, block.header.map((h, i) => cell('th', [text(h)], block.align[i] ?? null))),
  ]);
  const body = element(
    'tbody',
    {},
    block.rows.map((row) =>
      element('tr', {}, row.map((c, i) => cell('td', c ? sentences(c) : [], block.align[i] ?? null, c?.anchor))),
    ),
  );
  // A labelled, focusable section: keyboard users can scroll a wide table sideways.
  return element('section', { className: ['table-scroll'], tabIndex: 0, ariaLabel: `Table: ${block.header.join(', ')}` }, [
    element('table', {}, [head, body]),
  ]);
}

function safeHref(href: string | undefined): string | undefined {
  return href && hostOf(href) ? href : undefined;
}

function blockNode(block: Block, sentences: Sentences): RootContent | undefined {
  switch (block.type) {
    case 'headline':
      return undefined; // shown as the page's h1
    case 'heading':
      return element(`h${Math.min(block.level, 6)}`, { id: block.anchor }, [text(block.text)]);
    case 'paragraph':
      return paragraph(block.unit, sentences);
    case 'list':
      return list(block.items, block.ordered, sentences, block.start);
    case 'takeaways':
      return box('takeaways', block.items[0]!.anchor, block.label, [list(block.items, false, sentences)]);
    case 'summary':
      return box('summary', block.paragraphs[0]!.anchor, block.label, [
        ...(block.heading ? [element('p', { className: ['box-headline'] }, [text(block.heading)])] : []),
        ...block.paragraphs.map((p) => paragraph(p, sentences)),
      ]);
    case 'glossary':
      return box('glossary', block.entries[0]!.definition.anchor, block.label ?? 'Glossary', [
        element(
          'dl',
          {},
          block.entries.flatMap((entry) => [
            element('dt', {}, [text(entry.term)]),
            element('dd', { id: entry.definition.anchor }, withPermalink(entry.definition, sentences)),
          ]),
        ),
      ]);
    case 'related':
      return element('nav', { className: ['related'], ariaLabel: block.label }, [
        element('h2', { className: ['related-label'] }, [text(block.label)]),
        element(
          'ul',
          {},
          block.links.map((link) => {
            const href = safeHref(link.href);
            return element('li', {}, [
              href ? element('a', { href, rel: 'noopener noreferrer nofollow' }, [text(link.text)]) : text(link.text),
            ]);
          }),
        ),
      ]);
    case 'table':
      return table(block, sentences);
    case 'figure':
      return figure(block.src, block.alt);
    case 'byline':
      return element('p', { className: ['credit'] }, [text(block.text)]);
    case 'dateline':
      return element('p', { className: ['dateline'] }, [text(block.text)]);
  }
}

/** The article body; `marks` (by unit anchor) become links to entities, timeline and facts. */
export function articleMdast(blocks: Block[], marks: MarkIndex = new Map()): Root {
  const sentences: Sentences = (unit) => sentenceNodes(unit, marks.get(unit.anchor));
  return { type: 'root', children: blocks.flatMap((b) => blockNode(b, sentences) ?? []) };
}
