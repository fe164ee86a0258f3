import { ContentError } from './errors';

/** Articles are a few kilobytes; anything this large is a mistake or an attack on the build. */
export const MAX_ARTICLE_BYTES = 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true });

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** The first byte at which the input stops being valid UTF-8, found one line at a time. */
function firstInvalidLine(bytes: Uint8Array): number {
  let start = 0;
  let line = 1;
  while (start <= bytes.length) {
    let end = bytes.indexOf(0x0a, start);
    if (end === -1) end = bytes.length;
    try {
      utf8.decode(bytes.subarray(start, end));
    } catch {
      return line;
    }
    start = end + 1;
    line++;
  }
  return line;
}

/**
 * Bytes to clean text: rejects binary, non-UTF-8, empty and oversized files; drops a BOM and
 * turns CRLF and lone CR line endings into LF so line numbers match what editors show.
 */
export function decodeArticle(file: string, bytes: Uint8Array): string {
  if (bytes.length > MAX_ARTICLE_BYTES) {
    throw new ContentError(
      file,
      `file is ${bytes.length} bytes; the limit is ${MAX_ARTICLE_BYTES} bytes (1 MiB) per article`,
    );
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    throw new ContentError(file, 'binary file (NUL byte); articles must be UTF-8 text', lineAt(bytes, nul));
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new ContentError(file, 'not valid UTF-8 text; re-save the file as UTF-8', firstInvalidLine(bytes));
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw new ContentError(file, 'file is empty');
  return text;
}
