import { SiteLink } from './SiteLink';
import { formatDateValue } from '@/lib/calendar';
import { siteData } from '@/lib/site/data';
import { articleOf, sourceName } from '@/lib/site/lookup';
import { routes } from '@/lib/site/routes';
import { StatusBadge } from './StatusBadge';

/** Past this many, the other sources are counted, not listed: the page links to where all are. */
const MAX_OTHERS_LISTED = 4;

/**
 * Other articles among `ids`, as links, so a reader can go from here to the other sources. A
 * name in hundreds of articles would make every article page grow with the story, so long lists
 * end in a count and the entity, event or fact page (`more`) lists them all.
 */
function AlsoIn({ ids, self, more }: { ids: string[]; self: string; more: string }) {
  const others = [...new Set(ids)].filter((id) => id !== self);
  if (others.length === 0) return <span className="meta">only here</span>;
  const listed = others.slice(0, MAX_OTHERS_LISTED);
  return (
    <span className="meta">
      also in{' '}
      {listed.map((id, i) => (
        <span key={id}>
          {i > 0 && ', '}
          <SiteLink href={articleOf(id).url}>{sourceName(articleOf(id))}</SiteLink>
        </span>
      ))}
      {others.length > listed.length && (
        <>
          {' '}
          and <SiteLink href={more}>{others.length - listed.length} more</SiteLink>
        </>
      )}
    </span>
  );
}

/** The article's entities, dates and figures, each linking to its page and to the other sources. */
export function ArticleIndex({ articleId }: { articleId: string }) {
  const { story } = siteData();
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
                <span className="meta">×{e.mentionCounts[articleId]}</span> <AlsoIn ids={e.articles} self={articleId} more={e.url} />
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="index-dates">
          <h3 id="index-dates">Dates ({events.length})</h3>
          {events.length > 0 && (
            <p>
              <SiteLink href={routes.timelineOfArticle(siteData().articles.get(articleId)!.slug)}>This article on the timeline</SiteLink>
            </p>
          )}
          <ul>
            {events.map((e) => (
              <li key={e.id}>
                <SiteLink href={e.url} className="mark mark-date">
                  {formatDateValue(e.date.value)}
                </SiteLink>{' '}
                <AlsoIn ids={e.sources.map((s) => s.article)} self={articleId} more={e.url} />
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
                <AlsoIn ids={f.claims.map((c) => c.article)} self={articleId} more={f.url} />
              </li>
            ))}
          </ul>
        </section>
      </div>
    </section>
  );
}
