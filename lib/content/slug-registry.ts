import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ContentError } from './errors';

/**
 * The permalinks a content folder has given out, kept beside its articles in `.slugs.json`
 * (id → slug) and committed with them. Titles alone cannot keep a URL still: when a new file
 * repeats an existing title, only a record of who came first says which article keeps it.
 */
export const SLUG_REGISTRY = '.slugs.json';

const Registry = z.record(z.string().min(1), z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'not a slug'));

/** The recorded slugs of `dir`; none when the folder has no registry yet. */
export function readSlugRegistry(dir: string): Map<string, string> {
  const path = join(dir, SLUG_REGISTRY);
  if (!existsSync(path)) return new Map();
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ContentError(path, `not valid JSON (${(error as Error).message}); it maps article ids to their slugs`);
  }
  const result = Registry.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new ContentError(path, `${issue.path.length ? `'${issue.path.join('.')}': ` : ''}${issue.message}; it maps article ids to their slugs`);
  }
  const slugs = new Map(Object.entries(result.data));
  const owner = new Map<string, string>();
  for (const [id, slug] of slugs) {
    if (owner.has(slug)) throw new ContentError(path, `slug '${slug}' is recorded for both '${owner.get(slug)}' and '${id}'`);
    owner.set(slug, id);
  }
  return slugs;
}

/**
 * Adds the slugs of articles not yet recorded; entries of removed articles stay, so their URLs
 * are never given to another article. Returns the ids it added (none: the file is untouched).
 */
export function recordSlugs(dir: string, slugs: ReadonlyMap<string, string>): string[] {
  const recorded = readSlugRegistry(dir);
  const added = [...slugs.keys()].filter((id) => !recorded.has(id)).sort();
  if (added.length === 0) return [];
  for (const id of added) recorded.set(id, slugs.get(id)!);
  const sorted = Object.fromEntries([...recorded].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  writeFileSync(join(dir, SLUG_REGISTRY), `${JSON.stringify(sorted, null, 2)}\n`);
  return added;
}
