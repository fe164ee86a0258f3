import type { ReactNode } from 'react';
import type { TimelineEvent } from '@/lib/schema/story';
import { routes } from '@/lib/site/routes';
import { Breadcrumbs } from './Breadcrumbs';
import { TimelineFilters } from './TimelineFilters';
import { TimelineView } from './TimelineView';

/** A timeline page, whole or filtered: breadcrumbs, heading, filter links beside the events. */
export function TimelinePage({
  title,
  lede,
  crumb,
  current,
  events,
}: {
  title: string;
  lede: ReactNode;
  /** The filter's name in the breadcrumbs; none for the whole timeline. */
  crumb?: string;
  current: string;
  events: TimelineEvent[];
}) {
  return (
    <div className="page page-wide">
      <Breadcrumbs trail={crumb ? [{ label: 'Timeline', href: routes.timeline() }, { label: crumb }] : [{ label: 'Timeline' }]} />
      <header className="page-header">
        <h1>{title}</h1>
        <p className="lede">{lede}</p>
      </header>
      <div className="with-sidebar">
        <TimelineFilters current={current} />
        <TimelineView events={events} />
      </div>
    </div>
  );
}
