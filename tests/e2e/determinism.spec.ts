import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';

/**
 * Two builds of the same content are byte for byte the same. scripts/test-all.mjs builds the
 * root site twice: first from nothing (no .next, an empty extraction and share-image cache) into
 * .test-sites/first-build, then again with everything cached into out/. Only the framework's
 * own files named by content hash (_next/static) are left out: a change there renames them.
 */
const FIRST = '.test-sites/first-build';
const SECOND = 'out';
const HASH_NAMED = /^_next\/static\//;

/** Every file of a built site, by path relative to its root, with the sha256 of its bytes. */
function fingerprint(root: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const name = relative(root, path);
    if (!HASH_NAMED.test(name)) files.set(name, createHash('sha256').update(readFileSync(path)).digest('hex'));
  }
  return files;
}

test('two builds of the same content are byte-identical, apart from hash-named framework files', () => {
  for (const dir of [FIRST, SECOND]) {
    if (!existsSync(join(dir, 'index.html'))) throw new Error(`No site in ${dir}/: run "npm test", which builds it (see scripts/test-all.mjs).`);
  }
  const first = fingerprint(FIRST);
  const second = fingerprint(SECOND);
  const kinds = (ext: string) => [...first.keys()].filter((name) => name.endsWith(ext)).length;
  // The comparison covers the real site: pages, data, feed, sitemap and share images.
  expect(kinds('.html')).toBeGreaterThan(50);
  expect(kinds('.json')).toBeGreaterThan(0);
  expect(kinds('.png')).toBeGreaterThan(10);
  expect(first.has('feed.xml') && first.has('sitemap.xml')).toBe(true);

  const differing = [...new Set([...first.keys(), ...second.keys()])]
    .filter((name) => first.get(name) !== second.get(name))
    .map((name) => `${name}: ${!first.has(name) ? 'only in the second build' : !second.has(name) ? 'only in the first build' : 'bytes differ'}`);
  expect(differing).toEqual([]);
});
