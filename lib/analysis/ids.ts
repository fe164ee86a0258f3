import { createHash } from 'node:crypto';
import { slugify } from '../content/slug';

/** A readable, stable id made from what a thing says, cut to a few words. */
export function readableId(text: string, maxWords = 6): string {
  return slugify(text).split('-').filter(Boolean).slice(0, maxWords).join('-') || 'item';
}

export function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 6);
}

/**
 * Makes ids unique in a deterministic way: items are given in a stable order; the first keeps
 * its id, later ones with the same id get a hash of their own key appended.
 */
export function uniqueIds<T>(items: T[], id: (item: T) => string, key: (item: T) => string): string[] {
  const taken = new Set<string>();
  return items.map((item) => {
    let candidate = id(item);
    if (taken.has(candidate)) candidate = `${candidate}-${shortHash(key(item))}`;
    taken.add(candidate);
    return candidate;
  });
}
