import type { MetadataRoute } from 'next';
import { absoluteUrl } from '@/lib/site/deploy';
import { siteData } from '@/lib/site/data';
import { routes } from '@/lib/site/routes';
import { getArticles } from '@/lib/site/data';
import { entitiesWithTimeline } from '@/lib/site/timeline';

export const dynamic = 'force-static';

/** Every indexable page, with absolute URLs; lastModified only where the article gives a date (no build clock). */
export default function sitemap(): MetadataRoute.Sitemap {
  const { story } = siteData();
  const page = (path: string) => ({ url: absoluteUrl(path) });
  return [
    page(routes.home()),
    ...getArticles().map((article) => ({
      url: absoluteUrl(routes.article(article.slug)),
      ...(article.published && { lastModified: article.published.value }),
    })),
    page(routes.timeline()),
    ...story.articles.map((a) => page(routes.timelineOfArticle(a.slug))),
    ...entitiesWithTimeline().map((e) => page(routes.timelineOfEntity(e.slug))),
    page(routes.facts()),
    ...story.facts.map((f) => page(routes.fact(f.id))),
    page(routes.quotes()),
    ...story.quotes.map((q) => page(routes.quote(q.id))),
    page(routes.entities()),
    ...story.entities.map((e) => page(routes.entity(e.slug))),
    page(routes.search()),
  ];
}
