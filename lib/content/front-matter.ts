import { parseDocument } from 'yaml';
import { FrontMatter } from '../schema/content';
import { ContentError } from './errors';

export interface SplitSource {
  frontMatter: FrontMatter;
  /** The text after the front matter. */
  body: string;
  /** How many source lines precede `body`, so block line numbers stay true to the file. */
  lineOffset: number;
}

const OPENING = /^---[ \t]*\n/;
// Whole lines split at \n only: the m flag would also end lines at U+2028/U+2029 and close mid-line.
const CLOSING = /(?<=^|\n)(?:---|\.\.\.)[ \t]*(?=\n|$)/;

/** YYYY-MM-DD names a real day (no February 30, no month 13). */
function isCalendarDay(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** The line of the front matter where `key` is set, counted in the whole file. */
function lineOfKey(yamlText: string, key: string): number {
  const index = yamlText.split('\n').findIndex((l) => l.startsWith(`${key}:`));
  return index === -1 ? 1 : index + 2;
}

/**
 * Splits optional YAML front matter (`.md` files only) from the article text and validates it.
 * Unknown keys are errors: front matter is for metadata the text cannot say, nothing else.
 */
export function splitFrontMatter(file: string, text: string, allowFrontMatter: boolean): SplitSource {
  if (!allowFrontMatter || !OPENING.test(text)) return { frontMatter: {}, body: text, lineOffset: 0 };

  const afterOpening = text.replace(OPENING, '');
  const closing = CLOSING.exec(afterOpening);
  if (!closing) throw new ContentError(file, 'front matter starts with --- but is never closed with ---', 1);

  const yamlText = afterOpening.slice(0, closing.index);
  const lineOffset = 1 + yamlText.split('\n').length;
  const body = afterOpening.slice(closing.index + closing[0].length).replace(/^\n/, '');

  const doc = parseDocument(yamlText, { prettyErrors: false });
  const yamlError = doc.errors[0];
  if (yamlError) {
    const line = (yamlError.linePos?.[0]?.line ?? 0) + 1;
    throw new ContentError(file, `malformed front matter: ${yamlError.message.split('\n')[0]}`, line);
  }
  let raw: unknown;
  try {
    raw = doc.toJS() ?? {};
  } catch (error) {
    // yaml throws instead of reporting for some input, e.g. an alias bomb ("resource exhaustion attack").
    throw new ContentError(file, `malformed front matter: ${error instanceof Error ? error.message : String(error)}`, 2);
  }
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    throw new ContentError(file, 'malformed front matter: expected key: value pairs', 2);
  }
  const parsed = FrontMatter.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const key = String(issue.path[0] ?? (issue.code === 'unrecognized_keys' ? issue.keys[0] : ''));
    const problem =
      issue.code === 'unrecognized_keys'
        ? `unknown front matter field '${issue.keys.join("', '")}' (allowed: title, source, url, published, author)`
        : `front matter field '${key}': ${issue.message}`;
    throw new ContentError(file, problem, lineOfKey(yamlText, key));
  }
  const { published } = parsed.data;
  if (published !== undefined && !isCalendarDay(published)) {
    // The schema checks the shape only; 2025-02-30 would roll over and 2025-13-01 breaks every date consumer.
    throw new ContentError(file, `front matter field 'published': ${published} is not a date in the calendar`, lineOfKey(yamlText, 'published'));
  }
  return { frontMatter: parsed.data, body, lineOffset };
}
