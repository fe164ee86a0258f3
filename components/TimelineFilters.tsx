import { SiteLink } from './SiteLink';
import { sourceName } from '@/lib/site/lookup';
import { timelineFilters } from '@/lib/site/timeline';
import { routes } from '@/lib/site/routes';

/** Filters are plain links to pre-built filtered pages, so they work with JavaScript off. */
export function TimelineFilters({ current }: { current?: string }) {
  const { sources, entities } = timelineFilters();
  const link = (href: string, label: string) => (
    <li key={href}>
      <SiteLink href={href} aria-current={current === href ? 'page' : undefined}>
        {label}
      </SiteLink>
    </li>
  );
  return (
    <nav aria-label="Filter the timeline" className="filters">
      <div>
        <h2 className="filter-title">By source</h2>
        <ul>
          {link(routes.timeline(), 'All events')}
          {sources.map((a) => link(routes.timelineOfArticle(a.slug), sourceName(a)))}
        </ul>
      </div>
      <div>
        <h2 className="filter-title">By entity</h2>
        <ul>{entities.map((entity) => link(routes.timelineOfEntity(entity.slug), entity.name))}</ul>
      </div>
    </nav>
  );
}
