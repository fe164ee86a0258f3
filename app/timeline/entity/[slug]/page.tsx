import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SiteLink } from '@/components/SiteLink';
import { TimelinePage } from '@/components/TimelinePage';
import { siteData } from '@/lib/site/data';
import { eventsWithEntity } from '@/lib/site/lookup';
import { pageMetadata } from '@/lib/site/metadata';
import { routes } from '@/lib/site/routes';
import { entitiesWithTimeline } from '@/lib/site/timeline';
import { staticParams } from '@/lib/site/static-params';

export const dynamicParams = false;

export function generateStaticParams() {
  return staticParams('slug', entitiesWithTimeline().map((e) => e.slug));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const entity = siteData().entities.get((await params).slug);
  if (!entity) return {};
  return pageMetadata({
    title: `Timeline: ${entity.name}`,
    description: `Dated events of the story that involve ${entity.name}.`,
    path: routes.timelineOfEntity(entity.slug),
    image: { path: routes.ogImage.entity(entity.slug), alt: entity.name },
  });
}

export default async function EntityTimelinePage({ params }: Props) {
  const entity = siteData().entities.get((await params).slug);
  if (!entity) notFound();
  const events = eventsWithEntity(entity.id);
  return (
    <TimelinePage
      title={`Timeline: ${entity.name}`}
      lede={
        <>
          {events.length} dated events involving <SiteLink href={entity.url}>{entity.name}</SiteLink>.
        </>
      }
      crumb={entity.name}
      current={routes.timelineOfEntity(entity.slug)}
      events={events}
    />
  );
}
