import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { EntityMentionSchema } from '@/lib/extract';

const dir = mkdtempSync(join(tmpdir(), 'extract-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.unstubAllEnvs());

const Mentions = z.array(EntityMentionSchema);
const mention = { start: 0, end: 5, text: 'Ghana', type: 'place', canonical: 'Ghana', entityId: 'ghana' } as const;

async function cacheIn(folder: string) {
  vi.stubEnv('STORYLINE_CACHE', folder);
  vi.resetModules();
  return (await import('@/lib/analysis/extraction-cache')).cached;
}

/** Every entry file the cache wrote. */
const entries = (folder: string) => readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.json')).map((f) => join(folder, f));

describe('extraction cache', () => {
  it('computes once per input and returns the stored result afterwards', async () => {
    const cached = await cacheIn(dir);
    const compute = vi.fn(() => [mention]);
    expect(cached('entities', ['Ghana votes'], Mentions, compute)).toEqual([mention]);
    expect(cached('entities', ['Ghana votes'], Mentions, compute)).toEqual([mention]);
    expect(compute).toHaveBeenCalledTimes(1);
    cached('entities', ['Another text'], Mentions, compute);
    cached('dates', ['Ghana votes'], Mentions, compute);
    expect(compute).toHaveBeenCalledTimes(3);
  });

  it('recomputes a corrupt, truncated or invalid entry instead of returning it', async () => {
    const folder = mkdtempSync(join(dir, 'corrupt-'));
    const cached = await cacheIn(folder);
    const compute = vi.fn(() => [mention]);
    cached('entities', ['Ghana votes'], Mentions, compute);
    const [file] = entries(folder);
    const whole = readFileSync(file!, 'utf8');
    for (const broken of [whole.slice(0, whole.length / 2), '', JSON.stringify([{ ...mention, type: 'planet' }])]) {
      writeFileSync(file!, broken);
      expect(cached('entities', ['Ghana votes'], Mentions, compute)).toEqual([mention]);
    }
    expect(compute).toHaveBeenCalledTimes(4);
    expect(readFileSync(file!, 'utf8')).toBe(whole);
  });

  it('is off when STORYLINE_CACHE=off', async () => {
    const cached = await cacheIn('off');
    const compute = vi.fn(() => [mention]);
    cached('entities', ['x'], Mentions, compute);
    cached('entities', ['x'], Mentions, compute);
    expect(compute).toHaveBeenCalledTimes(2);
  });
});

describe('extraction cache key', () => {
  /** A project root with the extractor's inputs, so the test can change them. */
  function projectCopy(): string {
    const root = mkdtempSync(join(dir, 'root-'));
    for (const path of ['lib/extract', 'lib/calendar.ts', 'lib/wordnet.ts', 'package-lock.json']) cpSync(path, join(root, path), { recursive: true });
    return root;
  }

  async function cachedFrom(root: string) {
    vi.spyOn(process, 'cwd').mockReturnValue(root);
    try {
      return await cacheIn(join(root, '.cache'));
    } finally {
      vi.restoreAllMocks();
    }
  }

  it.each([
    ['a new compromise version in the lockfile', 'package-lock.json', (text: string) => text.replace(/("node_modules\/compromise": \{\s*"version": ")[^"]+/, '$10.0.1')],
    ['a change to the calendar the extractors use', 'lib/calendar.ts', (text: string) => `${text}\n// changed\n`],
    ['a change to the WordNet reader the extractors use', 'lib/wordnet.ts', (text: string) => `${text}\n// changed\n`],
  ])('changes with %s', async (_, path, change) => {
    const root = projectCopy();
    const compute = vi.fn(() => [mention]);
    (await cachedFrom(root))('entities', ['Ghana votes'], Mentions, compute);
    (await cachedFrom(root))('entities', ['Ghana votes'], Mentions, compute);
    expect(compute).toHaveBeenCalledTimes(1);
    const before = readFileSync(join(root, path), 'utf8');
    writeFileSync(join(root, path), change(before));
    expect(readFileSync(join(root, path), 'utf8')).not.toBe(before);
    (await cachedFrom(root))('entities', ['Ghana votes'], Mentions, compute);
    expect(compute).toHaveBeenCalledTimes(2);
  });
});
