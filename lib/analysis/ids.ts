import { slugify } from '../content/slug';

export { shortHash, uniqueIds } from '../content/slug';

/** A readable, stable id made from what a thing says, cut to a few words. */
export function readableId(text: string, maxWords = 6): string {
  return slugify(text).split('-').filter(Boolean).slice(0, maxWords).join('-') || 'item';
}
