import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SiteLink } from '@/components/SiteLink';
import { TimelinePage } from '@/components/TimelinePage';
import { siteData } from '@/lib/site/data';
import { sourceName } from '@/lib/site/lookup';
import { sitePageMetadata } from '@/lib/site/metadata';
import { routes } from '@/lib/site/routes';
import { eventsOfArticle } from '@/lib/site/timeline';

export const dynamicParams = false;

export function generateStaticParams() {
  return siteData().story.articles.map((a) => ({ slug: a.slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = siteData().articlesBySlug.get((await params).slug);
  if (!article) return {};
  return sitePageMetadata(`Timeline: ${sourceName(article)}`, `The dated events reported by “${article.title}”.`, routes.timelineOfArticle(article.slug));
}

export default async function ArticleTimelinePage({ params }: Props) {
  const article = siteData().articlesBySlug.get((await params).slug);
  if (!article) notFound();
  const events = eventsOfArticle(article.id);
  return (
    <TimelinePage
      title={`Timeline: ${sourceName(article)}`}
      lede={
        <>
          {events.length} dated events reported by <SiteLink href={article.url}>{article.title}</SiteLink>.
        </>
      }
      crumb={sourceName(article)}
      current={routes.timelineOfArticle(article.slug)}
      events={events}
    />
  );
}
