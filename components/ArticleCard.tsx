import Link from 'next/link';
import type { Article } from '@/lib/schema/content';
import { bodyUnits } from '@/lib/content/text-units';
import { routes } from '@/lib/site/routes';
import { ArticleMeta } from './ArticleMeta';
import { DerivedTitleNote } from './DerivedTitleNote';

const EXCERPT_CHARS = 220;

function excerpt(article: Article): string {
  const first = bodyUnits(article.blocks).find((unit) => unit.text.length > 60)?.text ?? '';
  return first.length <= EXCERPT_CHARS ? first : `${first.slice(0, first.lastIndexOf(' ', EXCERPT_CHARS))}…`;
}

export function ArticleCard({ article }: { article: Article }) {
  return (
    <article className="card">
      <h2 className="card-title">
        <Link href={routes.article(article.slug)}>{article.title}</Link>
      </h2>
      {article.titleDerived && <DerivedTitleNote />}
      <ArticleMeta article={article} />
      <p className="card-excerpt">{excerpt(article)}</p>
    </article>
  );
}
