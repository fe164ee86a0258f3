/**
 * lib/render on short texts written here: sentence spans and marks, the hast tree it builds,
 * escaping of markup in article text, tables, figures and links, and the link component the
 * caller passes in.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { ComponentProps } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { renderBlocks, renderUnitText } from '@/lib/render';
import { articleHast } from '@/lib/render/hast';
import { nonOverlapping, type Mark } from '@/lib/site/marks';
import type { Block, TextUnit } from '@/lib/schema/content';
import { ROOT } from '../helpers/paths';

/** A unit of the given sentences, joined by single spaces. */
function unit(anchor: string, sentences: string[]): TextUnit {
  let start = 0;
  const spans = sentences.map((text, i) => {
    const sentence = { anchor: `${anchor}-s${i + 1}`, start, end: start + text.length, text };
    start += text.length + 1;
    return sentence;
  });
  return { anchor, text: sentences.join(' '), sentences: spans };
}

const lines = { line: 1, endLine: 1 };
const paragraph = (u: TextUnit): Block => ({ type: 'paragraph', unit: u, ...lines });
const html = (blocks: Block[], options?: Parameters<typeof renderBlocks>[1]) => renderToStaticMarkup(renderBlocks(blocks, options));

/** A mark on the first occurrence of `word` in the unit's text. */
function mark(u: TextUnit, word: string, kind: Mark['kind'], href: string, title: string): Mark {
  const start = u.text.indexOf(word);
  if (start < 0) throw new Error(`no '${word}' in '${u.text}'`);
  return { start, end: start + word.length, kind, href, title };
}

describe('sentences and marks', () => {
  const p1 = unit('p1', ['Ottawa met Mexico City.', 'Talks resume on May 5.']);

  it('wraps each sentence in a span with its id and links the marks inside it, with classes and titles', () => {
    const marks = [
      mark(p1, 'Ottawa', 'entity', '/entities/ottawa/', 'Ottawa (place)'),
      mark(p1, 'May 5', 'date', '/timeline/#e1', 'Timeline: 5 May'),
    ];
    expect(html([paragraph(p1)], { marks: new Map([['p1', marks]]) })).toBe(
      '<p id="p1" class="para">' +
        '<span id="p1-s1" class="sentence">' +
        '<a href="/entities/ottawa/" class="mark mark-entity" title="Ottawa (place)" data-kind="entity">Ottawa</a> met Mexico City.</span>' +
        ' <span id="p1-s2" class="sentence">Talks resume on ' +
        '<a href="/timeline/#e1" class="mark mark-date" title="Timeline: 5 May" data-kind="date">May 5</a>.</span>' +
        ' <a href="#p1" class="permalink" aria-label="Link to paragraph p1">¶</a></p>',
    );
  });

  it('drops a mark that crosses a sentence boundary, and keeps the marks after it', () => {
    const marks = nonOverlapping([
      mark(p1, 'City. Talks', 'entity', '/entities/x/', 'Crossing'),
      mark(p1, 'resume', 'figure', '/facts/#f1', 'Fact: resume'),
      mark(p1, '5.', 'figure', '/facts/#f2', 'Fact: at the very end'),
    ]);
    const out = html([paragraph(p1)], { marks: new Map([['p1', marks]]) });
    expect(out).not.toContain('Crossing');
    expect(out).toContain('<span id="p1-s1" class="sentence">Ottawa met Mexico City.</span>');
    expect([...out.matchAll(/<a [^>]*class="mark[^>]*>([^<]*)<\/a>/g)].map((m) => m[1])).toEqual(['resume', '5.']);
  });

  it('wraps quoted words around the links inside them, one wrapper per sentence the quote runs over', () => {
    const q = unit('p2', ['“Ottawa will pay,” she said.', 'Talks resume on May 5.']);
    const quote: Mark = { start: 1, end: q.text.indexOf('May 5') + 5, kind: 'quote', href: '/quotes/q/', title: 'Quote: Ana Ruiz' };
    const marks = [mark(q, 'Ottawa', 'entity', '/entities/ottawa/', 'Ottawa (place)'), mark(q, 'said', 'speaker', '/entities/ana-ruiz/', 'Said by Ana Ruiz'), quote];
    const out = html([paragraph(q)], { marks: new Map([['p2', marks]]) });
    expect(out).toContain(
      '<span id="p2-s1" class="sentence">“<span class="quote-mark" title="Quote: Ana Ruiz" data-quote="/quotes/q/">' +
        '<a href="/entities/ottawa/" class="mark mark-entity" title="Ottawa (place)" data-kind="entity">Ottawa</a> will pay,” she ' +
        '<a href="/entities/ana-ruiz/" class="mark mark-speaker" title="Said by Ana Ruiz" data-kind="speaker">said</a>.</span></span>',
    );
    expect(out).toContain('<span id="p2-s2" class="sentence"><span class="quote-mark" title="Quote: Ana Ruiz" data-quote="/quotes/q/">Talks resume on May 5</span>.</span>');
    // Nothing of the text is lost or repeated.
    expect(out.replace(/<[^>]+>/g, '').replace(' ¶', '')).toBe(q.text);
  });

  it('drops a mark on the space between two sentences, and marks past the text', () => {
    const between = { start: 23, end: 24, kind: 'date' as const, href: '/t/', title: 'Between' };
    const past = { start: 100, end: 104, kind: 'date' as const, href: '/t/', title: 'Past' };
    const out = html([paragraph(p1)], { marks: new Map([['p1', [between, past]]]) });
    expect(out).not.toMatch(/Between|Past|class="mark/);
    expect(out).toContain('Mexico City.</span> <span id="p1-s2"');
  });

  it('marks each sentence in full when a mark covers exactly one sentence', () => {
    const marks = p1.sentences.map((s, i) => ({ start: s.start, end: s.end, kind: 'entity' as const, href: `/e${i}/`, title: `S${i}` }));
    const out = html([paragraph(p1)], { marks: new Map([['p1', marks]]) });
    expect(out).toContain('<span id="p1-s1" class="sentence"><a href="/e0/"');
    expect(out).toContain('data-kind="entity">Talks resume on May 5.</a></span>');
  });

  it('links the same marks as checking every mark against every sentence (random texts and marks)', () => {
    const word = fc.stringMatching(/^[a-z]{1,6}$/);
    const sentence = fc.array(word, { minLength: 1, maxLength: 6 }).map((w) => `${w.join(' ')}.`);
    const input = fc
      .array(sentence, { minLength: 1, maxLength: 5 })
      .map((s) => unit('p3', s))
      .chain((u) =>
        fc.tuple(
          fc.constant(u),
          fc.array(
            fc.tuple(fc.nat(u.text.length - 1), fc.integer({ min: 1, max: 12 })).map(([start, length]) => ({
              start,
              end: Math.min(u.text.length, start + length),
              kind: 'entity' as const,
              href: `/e/${start}/`,
              title: `${start}`,
            })),
            { maxLength: 12 },
          ),
        ),
      );
    fc.assert(
      fc.property(input, ([u, raw]) => {
        const marks = nonOverlapping(raw);
        const out = renderToStaticMarkup(renderUnitText(u, { marks: new Map([['p3', marks]]) }));
        const rendered = [...out.matchAll(/<span id="([^"]+)"[^>]*>(.*?)<\/span>/g)].map(([, id, inner]) => [
          id,
          [...inner!.matchAll(/<a [^>]*>([^<]*)<\/a>/g)].map((m) => m[1]),
        ]);
        const expected = u.sentences.map((s) => [
          s.anchor,
          marks.filter((m) => m.start >= s.start && m.end <= s.end).map((m) => u.text.slice(m.start, m.end)),
        ]);
        expect(rendered).toEqual(expected);
        expect(out.replace(/<[^>]+>|\n/g, '')).toBe(u.text);
      }),
    );
  });

  it('renders a comment unit as sentence spans, no paragraph and no permalink', () => {
    const c1 = unit('c1', ['Great piece.', 'More please!']);
    const out = renderToStaticMarkup(renderUnitText(c1));
    expect(out).toMatch(/^<span id="c1-s1" class="sentence">Great piece\.<\/span>\s+<span id="c1-s2" class="sentence">More please!<\/span>$/);
  });
});

describe('article text is only ever text', () => {
  const hostile = unit('p1', ['Hello <script>alert(1)</script> and <img src=x onerror=alert(2)>.', 'A <b>bold</b> & "quoted" claim.']);

  it('escapes markup in paragraphs, headings, comments and mark titles', () => {
    const blocks: Block[] = [
      { type: 'heading', level: 2, anchor: 'h1', text: '<iframe src="//evil">', ...lines },
      paragraph(hostile),
      { type: 'byline', text: '</p><script>x()</script>', name: 'x', ...lines },
    ];
    const titled = { ...mark(hostile, 'Hello', 'entity', '/e/', '"><script>t()</script>') };
    const out = html(blocks, { marks: new Map([['p1', [titled]]]) });
    expect(out).not.toMatch(/<(?:script|img|iframe|b)\b/);
    expect(out).toContain('Hello</a> &lt;script&gt;alert(1)&lt;/script&gt; and &lt;img src=x onerror=alert(2)&gt;.');
    expect(out).toContain('<h2 id="h1">&lt;iframe src=&quot;//evil&quot;&gt;</h2>');
    expect(out).toContain('title="&quot;&gt;&lt;script&gt;t()&lt;/script&gt;"');
    expect(out).toContain('A &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot; claim.');
    expect(renderToStaticMarkup(renderUnitText(hostile))).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('builds a real hast tree in which the article text is a text node', () => {
    const tree = articleHast([paragraph(hostile)]);
    expect(tree.type).toBe('root');
    const p = tree.children[0]!;
    expect(p).toMatchObject({ type: 'element', tagName: 'p', properties: { id: 'p1', className: ['para'] } });
    const span = p.type === 'element' ? p.children[0]! : undefined;
    expect(span).toMatchObject({ type: 'element', tagName: 'span', properties: { id: 'p1-s1', className: ['sentence'] } });
    expect(span?.type === 'element' && span.children).toEqual([{ type: 'text', value: hostile.sentences[0]!.text }]);
    expect(JSON.stringify(tree)).not.toMatch(/"type":"(?:raw|paragraph)"|hName/);
  });
});

describe('blocks', () => {
  it('keeps table alignment as classes, with header scope, cell ids and a focusable labelled section', () => {
    const cell = (anchor: string, text: string) => unit(anchor, [text]);
    const out = html([
      {
        type: 'table',
        align: ['left', null, 'right'],
        header: ['Country', 'Note', 'Tariff'],
        rows: [[cell('p2', 'Canada'), null, cell('p3', '25%')]],
        ...lines,
      },
    ]);
    expect(out).toBe(
      '<section class="table-scroll" tabindex="0" aria-label="Table: Country, Note, Tariff"><table>' +
        '<thead><tr><th class="align-left" scope="col">Country</th><th scope="col">Note</th><th class="align-right" scope="col">Tariff</th></tr></thead>' +
        '<tbody><tr><td id="p2" class="align-left"><span id="p2-s1" class="sentence">Canada</span></td><td></td>' +
        '<td id="p3" class="align-right"><span id="p3-s1" class="sentence">25%</span></td></tr></tbody></table></section>',
    );
    expect(out).not.toContain('style');
  });

  it('shows a figure with a javascript: URL without any link, and an http(s) one as a link, never loading it', () => {
    const bad = html([{ type: 'figure', src: 'javascript:alert(1)', alt: 'A chart', ...lines }]);
    expect(bad).not.toMatch(/<a\b|<img\b|javascript/);
    expect(bad).toContain('Image not shown');
    expect(bad).toContain('<figcaption>A chart</figcaption>');
    const good = html([{ type: 'figure', src: 'https://img.example/c.png', alt: '', ...lines }]);
    expect(good).toContain('<a href="https://img.example/c.png" rel="noopener noreferrer nofollow" class="figure-open">Open image (hosted at img.example)</a>');
    expect(good).toContain('<figcaption>Image without a description</figcaption>');
    expect(good).not.toMatch(/<img\b/);
  });

  it('links related items only for http(s), keeping the others as text', () => {
    const out = html([
      {
        type: 'related',
        label: 'Related',
        links: [
          { text: 'Safe', href: 'https://example.com/a' },
          { text: 'Script', href: 'javascript:alert(1)' },
          { text: 'None' },
        ],
        ...lines,
      },
    ]);
    expect(out).toBe(
      '<nav class="related" aria-label="Related"><h2 class="related-label">Related</h2><ul>' +
        '<li><a href="https://example.com/a" rel="noopener noreferrer nofollow">Safe</a></li><li>Script</li><li>None</li></ul></nav>',
    );
  });

  it('renders lists, boxes and glossaries with permalinks, skips the headline, and puts a newline between blocks', () => {
    const out = html([
      { type: 'headline', text: 'Shown as the h1', ...lines },
      { type: 'list', ordered: true, start: 3, items: [unit('p1', ['Third.'])], ...lines },
      { type: 'takeaways', label: 'Key points', items: [unit('p2', ['One.'])], ...lines },
      { type: 'glossary', entries: [{ term: 'USMCA', definition: unit('p3', ['A trade pact.']) }], ...lines },
    ]);
    expect(out).not.toContain('Shown as the h1');
    expect(out.split('\n')).toEqual([
      '<ol start="3"><li id="p1"><span id="p1-s1" class="sentence">Third.</span> <a href="#p1" class="permalink" aria-label="Link to paragraph p1">¶</a></li></ol>',
      '<aside class="box box-takeaways" aria-labelledby="takeaways-p2"><h2 id="takeaways-p2" class="box-label">Key points</h2>' +
        '<ul><li id="p2"><span id="p2-s1" class="sentence">One.</span> <a href="#p2" class="permalink" aria-label="Link to paragraph p2">¶</a></li></ul></aside>',
      '<aside class="box box-glossary" aria-labelledby="glossary-p3"><h2 id="glossary-p3" class="box-label">Glossary</h2>' +
        '<dl><dt>USMCA</dt><dd id="p3"><span id="p3-s1" class="sentence">A trade pact.</span> <a href="#p3" class="permalink" aria-label="Link to paragraph p3">¶</a></dd></dl></aside>',
    ]);
  });
});

describe('links', () => {
  const p1 = unit('p1', ['See Ottawa.']);
  const marks = new Map([['p1', [mark(p1, 'Ottawa', 'entity', '/entities/ottawa/', 'Ottawa (place)')]]]);

  it('renders every link with the link component the caller passes', () => {
    const Link = ({ href, children, ...props }: ComponentProps<'a'>) => (
      <a href={`/base${href}`} data-link="" {...props}>
        {children}
      </a>
    );
    const out = html([paragraph(p1)], { marks, link: Link });
    expect(out).toContain('<a href="/base/entities/ottawa/" data-link="" class="mark mark-entity"');
    expect(out).toContain('<a href="/base#p1" data-link="" class="permalink"');
  });

  it('renders plain anchors when no link component is passed', () => {
    expect(html([paragraph(p1)], { marks })).toContain('<a href="/entities/ottawa/" class="mark mark-entity"');
  });

  it('nothing in lib/ imports components/', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
    const offenders = files(join(ROOT, 'lib'))
      .filter((f) => /\.(?:ts|tsx|mts|js|mjs)$/.test(f))
      .filter((f) => /from\s+['"](?:@\/components|(?:\.\.\/)+components)\b|import\(\s*['"](?:@\/components|(?:\.\.\/)+components)\b/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
