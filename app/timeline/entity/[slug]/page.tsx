import { SiteLink } from '@/components/SiteLink';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { TimelineFilters } from '@/components/TimelineFilters';
import { TimelineView } from '@/components/TimelineView';
import { eventsWithEntity, lookup } from '@/lib/site/lookup';
import { routes } from '@/lib/site/routes';
import { pageMetadata } from '@/lib/site/metadata';

export const dynamicParams = false;

export function generateStaticParams() {
  return lookup()
    .story.entities.filter((e) => eventsWithEntity(e.id).length > 0)
    .map((e) => ({ slug: e.slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const entity = lookup().entities.get((await params).slug);
  if (!entity) return {};
  return pageMetadata({
    title: `Timeline: ${entity.name}`,
    description: `Dated events of the story that involve ${entity.name}.`,
    path: routes.timelineOfEntity(entity.slug),
    image: { path: routes.ogImage.entity(entity.slug), alt: entity.name },
  });
}

export default async function EntityTimelinePage({ params }: Props) {
  const { slug } = await params;
  const entity = lookup().entities.get(slug);
  if (!entity) notFound();
  const events = eventsWithEntity(entity.id);
  return (
    <div className="page page-wide">
      <Breadcrumbs trail={[{ label: 'Timeline', href: routes.timeline() }, { label: entity.name }]} />
      <header className="page-header">
        <h1>Timeline: {entity.name}</h1>
        <p className="lede">
          {events.length} dated events involving <SiteLink href={entity.url}>{entity.name}</SiteLink>.
        </p>
      </header>
      <div className="with-sidebar">
        <TimelineFilters current={routes.timelineOfEntity(slug)} />
        <TimelineView events={events} />
      </div>
    </div>
  );
}
