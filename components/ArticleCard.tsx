import Link from 'next/link';
import type { Article } from '@/lib/schema/content';
import { articleExcerpt } from '@/lib/site/excerpt';
import { routes } from '@/lib/site/routes';
import { ArticleMeta } from './ArticleMeta';
import { DerivedTitleNote } from './DerivedTitleNote';

export function ArticleCard({ article }: { article: Article }) {
  return (
    <article className="card">
      <h2 className="card-title">
        <Link href={routes.article(article.slug)}>{article.title}</Link>
      </h2>
      {article.titleDerived && <DerivedTitleNote />}
      <ArticleMeta article={article} />
      <p className="card-excerpt">{articleExcerpt(article)}</p>
    </article>
  );
}
