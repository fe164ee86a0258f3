import type { Metadata } from 'next';
import { TimelinePage } from '@/components/TimelinePage';
import { siteData } from '@/lib/site/data';
import { sitePageMetadata } from '@/lib/site/metadata';
import { routes } from '@/lib/site/routes';

export const metadata: Metadata = sitePageMetadata(
  'Timeline',
  'Every dated event of the story, in date order, with the sentences that report it.',
  routes.timeline(),
);

export default function WholeTimelinePage() {
  const { story } = siteData();
  return (
    <TimelinePage
      title="Timeline"
      lede={`${story.timeline.length} dated events from ${story.articles.length} articles, each with the sentences that report it.`}
      current={routes.timeline()}
      events={story.timeline}
    />
  );
}
