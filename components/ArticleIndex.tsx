import { SiteLink } from './SiteLink';
import { formatDateValue } from '@/lib/site/format';
import { articleOf, lookup, sourceName } from '@/lib/site/lookup';
import { routes } from '@/lib/site/routes';
import { StatusBadge } from './StatusBadge';

/** Other articles among `ids`, as links, so a reader can go from here to every other source. */
function AlsoIn({ ids, self }: { ids: string[]; self: string }) {
  const others = [...new Set(ids)].filter((id) => id !== self);
  if (others.length === 0) return <span className="meta">only here</span>;
  return (
    <span className="meta">
      also in{' '}
      {others.map((id, i) => (
        <span key={id}>
          {i > 0 && ', '}
          <SiteLink href={articleOf(id).url}>{sourceName(articleOf(id))}</SiteLink>
        </span>
      ))}
    </span>
  );
}

/** The article's entities, dates and figures, each linking to its page and to the other sources. */
export function ArticleIndex({ articleId }: { articleId: string }) {
  const { story } = lookup();
  const entities = story.entities
    .filter((e) => e.mentionCounts[articleId])
    .sort((a, b) => b.mentionCounts[articleId]! - a.mentionCounts[articleId]! || a.name.localeCompare(b.name));
  const events = story.timeline.filter((e) => e.sources.some((s) => s.article === articleId));
  const facts = story.facts.filter((f) => f.kind === 'figure' && f.claims.some((c) => c.article === articleId));
  return (
    <section className="article-index" aria-labelledby="index-title">
      <h2 id="index-title">In this article</h2>
      <div className="index-columns">
        <section aria-labelledby="index-entities">
          <h3 id="index-entities">Names ({entities.length})</h3>
          <ul>
            {entities.map((e) => (
              <li key={e.id}>
                <SiteLink href={e.url} className="mark mark-entity">
                  {e.name}
                </SiteLink>{' '}
                <span className="meta">×{e.mentionCounts[articleId]}</span> <AlsoIn ids={e.articles} self={articleId} />
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="index-dates">
          <h3 id="index-dates">Dates ({events.length})</h3>
          {events.length > 0 && (
            <p>
              <SiteLink href={routes.timelineOfArticle(lookup().articles.get(articleId)!.slug)}>This article on the timeline</SiteLink>
            </p>
          )}
          <ul>
            {events.map((e) => (
              <li key={e.id}>
                <SiteLink href={e.url} className="mark mark-date">
                  {formatDateValue(e.date.value)}
                </SiteLink>{' '}
                <AlsoIn ids={e.sources.map((s) => s.article)} self={articleId} />
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="index-figures">
          <h3 id="index-figures">Figures ({facts.length})</h3>
          <ul>
            {facts.map((f) => (
              <li key={f.id}>
                <SiteLink href={f.url} className="mark mark-figure">
                  {f.claims.find((c) => c.article === articleId)!.text}
                </SiteLink>{' '}
                <span className="meta">{f.label}</span> <StatusBadge status={f.status} />{' '}
                <AlsoIn ids={f.claims.map((c) => c.article)} self={articleId} />
              </li>
            ))}
          </ul>
        </section>
      </div>
    </section>
  );
}
