import type { Metadata } from 'next';
import { ArticleCard } from '@/components/ArticleCard';
import { SITE_NAME, SITE_TAGLINE } from '@/lib/site/config';
import { pageMetadata } from '@/lib/site/metadata';
import { routes } from '@/lib/site/routes';
import { getArticles } from '@/lib/site/story';

export function generateMetadata(): Metadata {
  const count = getArticles().length;
  return pageMetadata({
    title: `${SITE_NAME}: ${SITE_TAGLINE}`,
    titleIsAbsolute: true,
    description: `${SITE_TAGLINE}: ${count} source article${count === 1 ? '' : 's'}, each quoted in full with a permalink to every paragraph and sentence.`,
    path: routes.home(),
    image: { path: routes.ogImage.site(), alt: `${SITE_NAME}: ${SITE_TAGLINE}` },
  });
}

export default function HomePage() {
  const articles = getArticles();
  return (
    <div className="page">
      <header className="page-header">
        <h1>The story</h1>
        <p className="lede">
          {SITE_TAGLINE}: {articles.length} source article{articles.length === 1 ? '' : 's'}.
        </p>
      </header>
      <section aria-labelledby="sources-title">
        <h2 id="sources-title" className="section-title">
          Sources
        </h2>
        <div className="cards">
          {articles.map((article) => (
            <ArticleCard key={article.id} article={article} />
          ))}
        </div>
      </section>
    </div>
  );
}
