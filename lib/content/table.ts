import type { Table } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

export interface ParsedTable {
  align: ('left' | 'right' | 'center' | null)[];
  header: string[];
  /** Body cells; `null` where a row is shorter than the widest row. */
  rows: (string | null)[][];
}

const gfm = unified().use(remarkParse).use(remarkGfm);

/** A cell's source text exactly as written (markup and all), without its pipes. */
function cellSource(source: string, cell: Table['children'][number]['children'][number]): string {
  const { start, end } = cell.position!;
  return source
    .slice(start.offset, end.offset)
    .replace(/^\s*\|/, '')
    .replace(/\|\s*$/, '')
    .replace(/\\\|/g, '|')
    .trim();
}

/**
 * GFM table rows to header and cells, using remark-gfm for the structure but keeping each
 * cell's source text verbatim, so inline markup is shown as written and nothing is lost.
 * Returns undefined when the lines are not one well-formed table.
 */
export function parseTable(rowLines: string[]): ParsedTable | undefined {
  const source = rowLines.join('\n');
  const tree = gfm.parse(source);
  const table = tree.children[0];
  if (tree.children.length !== 1 || table?.type !== 'table') return undefined;
  // Every line but the delimiter row must be a table row, or some line was not understood.
  if (table.children.length !== rowLines.length - 1) return undefined;

  const [headRow, ...bodyRows] = table.children.map((row) => row.children.map((cell) => cellSource(source, cell)));
  const width = Math.max(...table.children.map((row) => row.children.length));
  const pad = (cells: string[]) => Array.from({ length: width }, (_, i) => cells[i] || null);
  return {
    align: Array.from({ length: width }, (_, i) => table.align?.[i] ?? null),
    header: pad(headRow!).map((cell) => cell ?? ''),
    rows: bodyRows.map(pad),
  };
}
