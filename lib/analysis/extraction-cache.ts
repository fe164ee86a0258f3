import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A disk cache for per-article extraction, keyed by the article's text and the extractor's own
 * source: a rebuild re-extracts only articles (or an extractor) that changed. Location:
 * STORYLINE_CACHE (a folder), default .cache/extract; STORYLINE_CACHE=off disables it.
 */
const setting = process.env.STORYLINE_CACHE;
const CACHE_DIR = setting === 'off' ? undefined : (setting ?? join(process.cwd(), '.cache', 'extract'));
const EXTRACTOR_SOURCE = join(process.cwd(), 'lib', 'extract');

let fingerprint: string | undefined;

/** A hash of every source file of lib/extract, so a changed extractor never reads old results. */
function extractorFingerprint(): string {
  if (fingerprint === undefined) {
    const hash = createHash('sha256');
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else hash.update(entry.name).update(readFileSync(path));
      }
    };
    // Without the source on disk there is nothing to key on: run uncached.
    if (existsSync(EXTRACTOR_SOURCE)) walk(EXTRACTOR_SOURCE);
    else return '';
    fingerprint = hash.digest('hex');
  }
  return fingerprint;
}

/** `compute()`'s result for these inputs, from the cache when present, stored after computing. */
export function cached<T>(kind: string, inputs: string[], compute: () => T): T {
  const version = CACHE_DIR && extractorFingerprint();
  if (!CACHE_DIR || !version) return compute();
  const key = createHash('sha256').update([kind, version, ...inputs].join('\u0000')).digest('hex');
  const file = join(CACHE_DIR, key.slice(0, 2), `${key}.json`);
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as T;
  const value = compute();
  mkdirSync(join(CACHE_DIR, key.slice(0, 2)), { recursive: true });
  // Write then rename, so a parallel build worker never reads half a file.
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, JSON.stringify(value));
  renameSync(partial, file);
  return value;
}
