import type { MetadataRoute } from 'next';
import { absoluteUrl } from '@/lib/site/deploy';
import { routes } from '@/lib/site/routes';
import { getArticles } from '@/lib/site/story';

export const dynamic = 'force-static';

/** Every indexable page, with absolute URLs; lastModified only where the article gives a date (no build clock). */
export default function sitemap(): MetadataRoute.Sitemap {
  return [
    { url: absoluteUrl(routes.home()) },
    ...getArticles().map((article) => ({
      url: absoluteUrl(routes.article(article.slug)),
      ...(article.published && { lastModified: article.published.value }),
    })),
  ];
}
