import type { Article } from '../schema/content';
import { absoluteUrl } from './deploy';
import { articleExcerpt } from './excerpt';
import { routes } from './routes';

/**
 * schema.org NewsArticle for an article page. Only what the source says is stated: dates,
 * author and publisher appear when the article (or its front matter) names them.
 */
export function newsArticleJsonLd(article: Article): Record<string, unknown> {
  const url = absoluteUrl(routes.article(article.slug));
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: articleExcerpt(article),
    url,
    mainEntityOfPage: url,
    image: [absoluteUrl(routes.ogImage.article(article.slug))],
    ...(article.published && { datePublished: article.published.value }),
    ...(article.byline && { author: [{ '@type': 'Person', name: article.byline }] }),
    ...(article.source && { publisher: { '@type': 'Organization', name: article.source } }),
    ...(article.url && { isBasedOn: article.url }),
    wordCount: article.wordCount,
  };
}

/**
 * JSON for an inline <script type="application/ld+json">. `<` is escaped so text from an
 * article (e.g. "</script>") can never end the script element early.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
