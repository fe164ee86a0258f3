import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { TimelineFilters } from '@/components/TimelineFilters';
import { TimelineView } from '@/components/TimelineView';
import { lookup } from '@/lib/site/lookup';
import { routes } from '@/lib/site/routes';
import { SITE_NAME } from '@/lib/site/config';
import { pageMetadata } from '@/lib/site/metadata';

export const metadata: Metadata = pageMetadata({
  title: 'Timeline',
  description: 'Every dated event of the story, in date order, with the sentences that report it.',
  path: routes.timeline(),
  image: { path: routes.ogImage.site(), alt: SITE_NAME },
});

export default function TimelinePage() {
  const { story } = lookup();
  return (
    <div className="page page-wide">
      <Breadcrumbs trail={[{ label: 'Timeline' }]} />
      <header className="page-header">
        <h1>Timeline</h1>
        <p className="lede">
          {story.timeline.length} dated events from {story.articles.length} articles, each with the sentences that report it.
        </p>
      </header>
      <div className="with-sidebar">
        <TimelineFilters current={routes.timeline()} />
        <TimelineView events={story.timeline} />
      </div>
    </div>
  );
}
