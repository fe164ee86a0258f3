import { createHash } from 'node:crypto';

const MAX_SLUG_LENGTH = 80;

/** URL-safe, lower-case, ASCII: "Canada’s Role & Trade" → "canadas-role-trade". */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
  return cut.slice(0, cut.lastIndexOf('-') > 0 ? cut.lastIndexOf('-') : MAX_SLUG_LENGTH);
}

/** A short suffix that depends only on the article's own id, so it never shifts when others change. */
export function idSuffix(id: string): string {
  return createHash('sha256').update(id).digest('hex').slice(0, 6);
}

/**
 * Slugs for a collection. Colliding slugs are resolved deterministically: the article whose id
 * sorts first keeps the plain slug, the others get a suffix derived from their own id.
 */
export function assignSlugs(items: { id: string; base: string }[]): Map<string, string> {
  const slugs = new Map<string, string>();
  const taken = new Set<string>();
  for (const { id, base } of [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const plain = base || 'article';
    const slug = taken.has(plain) ? `${plain}-${idSuffix(id)}` : plain;
    taken.add(slug);
    slugs.set(id, slug);
  }
  return slugs;
}
