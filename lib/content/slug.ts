import { createHash } from 'node:crypto';
import transliteratingSlugify from '@sindresorhus/slugify';

const MAX_SLUG_LENGTH = 80;

/**
 * URL-safe, lower-case ASCII, transliterated ("Łódź" → "lodz", "Москва" → "moskva"):
 * "Canada’s Role & Trade" → "canadas-role-trade". Long slugs are cut at a word boundary.
 */
export function slugify(text: string): string {
  // '&' is dropped, not spelled "and": slugs made before this library keep their form.
  const slug = transliteratingSlugify(text, { decamelize: false, customReplacements: [['&', ' ']] });
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
  return cut.slice(0, cut.lastIndexOf('-') > 0 ? cut.lastIndexOf('-') : MAX_SLUG_LENGTH);
}

/** A short hash of a key: a suffix that depends only on the item itself, never on others. */
export function shortHash(key: string): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 6);
}

/**
 * Makes ids unique deterministically, for slugs and every other id. Items come in a stable
 * order; the first keeps its id and later ones with the same id get a hash of their own key.
 * Ids in `taken` (already given out, e.g. recorded permalinks) are never handed out again.
 */
export function uniqueIds<T>(items: T[], id: (item: T) => string, key: (item: T) => string, taken = new Set<string>()): string[] {
  const used = new Set(taken);
  return items.map((item) => {
    let candidate = id(item);
    if (used.has(candidate)) candidate = `${candidate}-${shortHash(key(item))}`;
    used.add(candidate);
    return candidate;
  });
}

/**
 * Article slugs. An article recorded in `recorded` (id → slug, see ./slug-registry) keeps its
 * slug, whatever its title is now, so a permalink never moves. The others get their title's
 * slug in id order, with a suffix from their own id when it is taken.
 */
export function assignSlugs(items: { id: string; base: string }[], recorded: ReadonlyMap<string, string> = new Map()): Map<string, string> {
  const slugs = new Map<string, string>();
  for (const { id } of items) if (recorded.has(id)) slugs.set(id, recorded.get(id)!);
  const fresh = items.filter(({ id }) => !recorded.has(id)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const ids = uniqueIds(fresh, ({ base }) => base || 'article', ({ id }) => id, new Set(recorded.values()));
  fresh.forEach(({ id }, i) => slugs.set(id, ids[i]!));
  return slugs;
}
