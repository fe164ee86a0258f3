import { SiteLink } from '@/components/SiteLink';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { TimelineFilters } from '@/components/TimelineFilters';
import { TimelineView } from '@/components/TimelineView';
import { lookup, sourceName } from '@/lib/site/lookup';
import { eventsOfArticle } from '@/lib/site/timeline';
import { routes } from '@/lib/site/routes';
import { SITE_NAME } from '@/lib/site/config';
import { pageMetadata } from '@/lib/site/metadata';

export const dynamicParams = false;

export function generateStaticParams() {
  return lookup().story.articles.map((a) => ({ slug: a.slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = lookup().articlesBySlug.get((await params).slug);
  if (!article) return {};
  return pageMetadata({
    title: `Timeline: ${sourceName(article)}`,
    description: `The dated events reported by “${article.title}”.`,
    path: routes.timelineOfArticle(article.slug),
    image: { path: routes.ogImage.site(), alt: SITE_NAME },
  });
}

export default async function ArticleTimelinePage({ params }: Props) {
  const { slug } = await params;
  const article = lookup().articlesBySlug.get(slug);
  if (!article) notFound();
  const events = eventsOfArticle(article.id);
  return (
    <div className="page page-wide">
      <Breadcrumbs trail={[{ label: 'Timeline', href: routes.timeline() }, { label: sourceName(article) }]} />
      <header className="page-header">
        <h1>Timeline: {sourceName(article)}</h1>
        <p className="lede">
          {events.length} dated events reported by <SiteLink href={article.url}>{article.title}</SiteLink>.
        </p>
      </header>
      <div className="with-sidebar">
        <TimelineFilters current={routes.timelineOfArticle(slug)} />
        <TimelineView events={events} />
      </div>
    </div>
  );
}
