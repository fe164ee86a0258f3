import { bodyUnits } from '../content/text-units';
import type { Article } from '../schema/content';

/**
 * The article's first substantial paragraph, cut at a word boundary: the teaser on cards and the
 * description in search results, previews and the feed. Quoted text, never a summary of ours.
 */
export function articleExcerpt(article: Article, maxChars = 220): string {
  const units = bodyUnits(article.blocks);
  const first = (units.find((unit) => unit.text.length > 60) ?? units[0])?.text ?? article.title;
  if (first.length <= maxChars) return first;
  const cut = first.lastIndexOf(' ', maxChars - 1);
  return `${first.slice(0, cut > 0 ? cut : maxChars - 1).replace(/[\s,;:.–—-]+$/, '')}…`;
}
