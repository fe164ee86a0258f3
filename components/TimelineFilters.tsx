import { SiteLink } from './SiteLink';
import { lookup, sourceName } from '@/lib/site/lookup';
import { timelineEntities } from '@/lib/site/timeline';
import { routes } from '@/lib/site/routes';

/** Filters are plain links to pre-built filtered pages, so they work with JavaScript off. */
export function TimelineFilters({ current }: { current?: string }) {
  const { story } = lookup();
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
          {story.articles.map((a) => link(routes.timelineOfArticle(a.slug), sourceName(a)))}
        </ul>
      </div>
      <div>
        <h2 className="filter-title">By entity</h2>
        <ul>{timelineEntities().map(({ entity }) => link(routes.timelineOfEntity(entity.slug), entity.name))}</ul>
      </div>
    </nav>
  );
}
