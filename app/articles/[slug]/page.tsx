import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleView } from '@/components/ArticleView';
import { JsonLd } from '@/components/JsonLd';
import { articleExcerpt } from '@/lib/site/excerpt';
import { newsArticleJsonLd } from '@/lib/site/json-ld';
import { pageMetadata } from '@/lib/site/metadata';
import { routes } from '@/lib/site/routes';
import { getArticleBySlug, getArticles } from '@/lib/site/data';

export const dynamicParams = false;

export function generateStaticParams() {
  return getArticles().map((article) => ({ slug: article.slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = getArticleBySlug((await params).slug);
  if (!article) return {};
  return pageMetadata({
    title: article.title,
    description: articleExcerpt(article, 160),
    path: routes.article(article.slug),
    image: { path: routes.ogImage.article(article.slug), alt: `${article.title}${article.source ? ` (${article.source})` : ''}` },
    article: { publishedTime: article.published?.value, authors: article.byline ? [article.byline] : undefined },
  });
}

export default async function ArticlePage({ params }: Props) {
  const article = getArticleBySlug((await params).slug);
  if (!article) notFound();
  return (
    <>
      <JsonLd data={newsArticleJsonLd(article)} />
      <ArticleView article={article} />
    </>
  );
}
