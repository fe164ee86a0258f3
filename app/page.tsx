import { ArticleCard } from '@/components/ArticleCard';
import { SITE_TAGLINE } from '@/lib/site/config';
import { getArticles } from '@/lib/site/story';

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
