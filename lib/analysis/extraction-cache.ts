import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'zod';

/**
 * A disk cache for per-article extraction: a rebuild re-extracts only articles that changed.
 * An entry is keyed by its inputs and by everything that decides the result: the extractor's
 * source (lib/extract and the calendar and WordNet reader it uses) and the lockfile, which pins the versions of
 * the NLP libraries (compromise). Entries are validated when read; a corrupt or stale one is
 * recomputed. Location: STORYLINE_CACHE (a folder), default .cache/extract; "off" disables it.
 */
const setting = process.env.STORYLINE_CACHE;
const CACHE_DIR = setting === 'off' ? undefined : (setting ?? join(process.cwd(), '.cache', 'extract'));
const ROOT = process.cwd();
const EXTRACTOR_INPUTS = ['lib/extract', 'lib/calendar.ts', 'lib/wordnet.ts', 'package-lock.json'].map((path) => join(ROOT, path));

let fingerprint: string | undefined;

/** A hash of the extractor's source and the lockfile, so a change to either never reads old results. */
function extractorFingerprint(): string {
  if (fingerprint === undefined) {
    // Without the source on disk there is nothing to key on: run uncached.
    if (!EXTRACTOR_INPUTS.every(existsSync)) return '';
    const hash = createHash('sha256');
    const add = (path: string): void => {
      if (!statSync(path).isDirectory()) {
        // Relative names: a clone elsewhere keeps its cache.
        hash.update(relative(ROOT, path)).update(readFileSync(path));
        return;
      }
      for (const name of readdirSync(path).sort()) add(join(path, name));
    };
    EXTRACTOR_INPUTS.forEach(add);
    fingerprint = hash.digest('hex');
  }
  return fingerprint;
}

/** The stored value, or undefined when it is missing, not JSON, or not what `schema` says. */
function read<T>(file: string, schema: z.ZodType<T>): T | undefined {
  if (!existsSync(file)) return undefined;
  try {
    const result = schema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return result.success ? result.data : undefined;
  } catch {
    return undefined;
  }
}

/** `compute()`'s result for these inputs, from the cache when a valid entry is there, stored after computing. */
export function cached<T>(kind: string, inputs: string[], schema: z.ZodType<T>, compute: () => T): T {
  const version = CACHE_DIR && extractorFingerprint();
  if (!CACHE_DIR || !version) return compute();
  const key = createHash('sha256').update([kind, version, ...inputs].join('\u0000')).digest('hex');
  const file = join(CACHE_DIR, key.slice(0, 2), `${key}.json`);
  const stored = read(file, schema);
  if (stored !== undefined) return stored;
  const value = compute();
  mkdirSync(join(CACHE_DIR, key.slice(0, 2)), { recursive: true });
  // Write then rename, so a parallel build worker never reads half a file.
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, JSON.stringify(value));
  renameSync(partial, file);
  return value;
}
