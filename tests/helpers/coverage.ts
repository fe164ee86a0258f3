/**
 * "Nothing lost": maps every non-blank source line of an article to the block, comment or chrome
 * record that holds it, and checks that the line's words really are in that owner's text.
 */
import type { Article, Block } from '@/lib/schema/content';

export interface Owner {
  label: string;
  line: number;
  endLine: number;
  text: string;
}

const words = (text: string): string[] => text.match(/[\p{L}\p{N}]+/gu) ?? [];

/** Every string value inside a record, e.g. a table's cells or a glossary's terms. */
function allStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(allStrings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(allStrings);
  return [];
}

/** A block's text as the source wrote it; ordered lists get their item numbers back. */
function blockText(block: Block): string {
  if (block.type === 'list' && block.start !== undefined) {
    return block.items.map((item, i) => `${block.start! + i} ${item.text}`).join(' ');
  }
  return allStrings(block).join(' ');
}

export function owners(article: Article): Owner[] {
  return [
    ...article.blocks.map((b, i) => ({ label: `block ${i} (${b.type})`, line: b.line, endLine: b.endLine, text: blockText(b) })),
    ...article.comments.map((c) => ({ label: `comment ${c.unit.anchor}`, line: c.line, endLine: c.endLine, text: `${c.author} ${c.unit.text}` })),
    ...article.chrome.map((c) => ({ label: `chrome (${c.reason})`, line: c.line, endLine: c.line, text: c.text })),
  ];
}

/** True when `needle`'s words occur in `haystack` in the same order (markup characters aside). */
export function wordsInOrder(needle: string, haystack: string): boolean {
  const hay = words(haystack);
  let at = 0;
  for (const word of words(needle)) {
    at = hay.indexOf(word, at);
    if (at === -1) return false;
    at++;
  }
  return true;
}

/** Problems found: lines owned by no one or by several owners, and lines whose words are missing. */
export function coverageProblems(article: Article, sourceText: string): string[] {
  const lines = sourceText.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  const all = owners(article);
  const problems: string[] = [];
  lines.forEach((line, index) => {
    const number = index + 1;
    if (line.trim() === '') return;
    const holding = all.filter((o) => o.line <= number && number <= o.endLine);
    // A wire editor's note ("1st LD:") may be split off the headline it precedes on its line.
    const notes = holding.filter((o) => o.label === 'chrome (editor-note)');
    const split = holding.length === 2 && notes.length === 1;
    if (holding.length !== 1 && !split) {
      problems.push(`line ${number} is held by ${holding.length} owners: ${holding.map((o) => o.label).join(', ') || 'none'}`);
      return;
    }
    // A split line: the note starts it, and the rest is in the other owner ("URGENTGujral stakes …" too).
    const [note, rest] = split ? [notes[0]!, holding.find((o) => o !== notes[0])!] : [undefined, holding[0]!];
    const remainder = note && line.trim().startsWith(note.text) ? line.trim().slice(note.text.length) : line;
    if ((note && remainder === line) || !wordsInOrder(remainder, rest.text)) {
      problems.push(`line ${number} text is not in ${holding.map((o) => o.label).join(' + ')}: ${line.slice(0, 80)}`);
    }
  });
  return problems;
}
