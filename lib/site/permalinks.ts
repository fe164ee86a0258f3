import type { Article } from '../schema/content';
import { routes } from './routes';

/** Every anchor id in the article (paragraphs, sentences, headings, comments), in document order. */
export function articleAnchors(article: Article): string[] {
  const anchors: string[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if (key === 'anchor' && typeof child === 'string') anchors.push(child);
        else walk(child);
      }
    }
  };
  walk([article.blocks, article.comments]);
  return anchors;
}

/** Every URL someone may have shared for this article: the page and each of its anchors. */
export function articlePermalinks(article: Article): string[] {
  return [routes.article(article.slug), ...articleAnchors(article).map((anchor) => routes.paragraph(article.slug, anchor))];
}
