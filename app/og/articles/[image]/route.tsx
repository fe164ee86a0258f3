import { ogImageRoute } from '@/lib/site/og-image';
import { getArticles } from '@/lib/site/story';

// Rendered once at build time into out/og/articles/<slug>.png.
export const dynamic = 'force-static';
export const dynamicParams = false;

const route = ogImageRoute(getArticles, (article) => article.slug, (article) => ({
  kind: 'Source article',
  title: article.title,
  source: article.source,
  note: article.titleDerived ? 'Headline derived from the article’s own text' : undefined,
}));

export const generateStaticParams = route.generateStaticParams;
export const GET = route.GET;
