/**
 * Article blocks to an mdast tree. Text only ever becomes `text` nodes, so markup written in an
 * article is shown as written and never parsed or executed. Box types that markdown has no node
 * for are plain nodes with `data.hName`, which remark-rehype turns into the named element.
 */
import type { Nodes, Root, RootContent, Text } from 'mdast';
import type { Block, TextUnit } from '../schema/content';

type Properties = Record<string, string | string[] | boolean | number>;

/** A node that remark-rehype renders as `<tag ...properties>` around its children. */
export function element(tag: string, properties: Properties, children: Nodes[]): RootContent {
  return { type: 'paragraph', data: { hName: tag, hProperties: properties }, children } as unknown as RootContent;
}

const text = (value: string): Text => ({ type: 'text', value });

/** A unit's text with each sentence wrapped in `<span id="p4-s2">` so it can be linked and highlighted. */
export function sentenceNodes(unit: TextUnit): Nodes[] {
  const nodes: Nodes[] = [];
  let cursor = 0;
  for (const sentence of unit.sentences) {
    if (sentence.start > cursor) nodes.push(text(unit.text.slice(cursor, sentence.start)));
    nodes.push(element('span', { id: sentence.anchor, className: ['sentence'] }, [text(sentence.text)]));
    cursor = sentence.end;
  }
  if (cursor < unit.text.length) nodes.push(text(unit.text.slice(cursor)));
  return nodes;
}

/** The "link to this paragraph" control: a visible, labelled anchor to the unit's own id. */
export function permalink(anchor: string): RootContent {
  return element('a', { href: `#${anchor}`, className: ['permalink'], ariaLabel: `Link to paragraph ${anchor}` }, [text('¶')]);
}

const unitContent = (unit: TextUnit): Nodes[] => [...sentenceNodes(unit), text(' '), permalink(unit.anchor)];

function paragraph(unit: TextUnit, className = 'para'): RootContent {
  return element('p', { id: unit.anchor, className: [className] }, unitContent(unit));
}

function list(items: TextUnit[], ordered: boolean, start?: number): RootContent {
  return element(
    ordered ? 'ol' : 'ul',
    start !== undefined && start !== 1 ? { start } : {},
    items.map((item) => element('li', { id: item.anchor }, unitContent(item))),
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

function table(block: Extract<Block, { type: 'table' }>): RootContent {
  const cell = (tag: 'th' | 'td', content: Nodes[], align: string | null, id?: string) =>
    element(tag, { ...(id && { id }), ...(align && { style: `text-align:${align}` }), ...(tag === 'th' && { scope: 'col' }) }, content);
  const head = element('thead', {}, [
    element('tr', {}, block.header.map((h, i) => cell('th', [text(h)], block.align[i] ?? null))),
  ]);
  const body = element(
    'tbody',
    {},
    block.rows.map((row) =>
      element('tr', {}, row.map((c, i) => cell('td', c ? sentenceNodes(c) : [], block.align[i] ?? null, c?.anchor))),
    ),
  );
  return element('div', { className: ['table-scroll'], tabIndex: 0, role: 'region', ariaLabel: `Table: ${block.header.join(', ')}` }, [
    element('table', {}, [head, body]),
  ]);
}

function safeHref(href: string | undefined): string | undefined {
  return href && hostOf(href) ? href : undefined;
}

function blockNode(block: Block): RootContent | undefined {
  switch (block.type) {
    case 'headline':
      return undefined; // shown as the page's h1
    case 'heading':
      return element(`h${Math.min(block.level, 6)}`, { id: block.anchor }, [text(block.text)]);
    case 'paragraph':
      return paragraph(block.unit);
    case 'list':
      return list(block.items, block.ordered, block.start);
    case 'takeaways':
      return box('takeaways', block.items[0]!.anchor, block.label, [list(block.items, false)]);
    case 'summary':
      return box('summary', block.paragraphs[0]!.anchor, block.label, [
        ...(block.heading ? [element('p', { className: ['box-headline'] }, [text(block.heading)])] : []),
        ...block.paragraphs.map((p) => paragraph(p)),
      ]);
    case 'glossary':
      return box('glossary', block.entries[0]!.definition.anchor, block.label ?? 'Glossary', [
        element(
          'dl',
          {},
          block.entries.flatMap((entry) => [
            element('dt', {}, [text(entry.term)]),
            element('dd', { id: entry.definition.anchor }, unitContent(entry.definition)),
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
      return table(block);
    case 'figure':
      return figure(block.src, block.alt);
    case 'byline':
      return element('p', { className: ['credit'] }, [text(block.text)]);
    case 'dateline':
      return element('p', { className: ['dateline'] }, [text(block.text)]);
  }
}

export function articleMdast(blocks: Block[]): Root {
  return { type: 'root', children: blocks.flatMap((b) => blockNode(b) ?? []) };
}
