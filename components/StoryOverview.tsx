import { SiteLink } from './SiteLink';
import { SourceCard } from './SourceCard';
import { Absent, ScrollTable, SourceHeaders } from './SourceTable';
import { StatusBadge } from './StatusBadge';
import { QuoteList } from './QuoteComparison';
import { formatDateValue } from '@/lib/calendar';
import type { FactGroup } from '@/lib/schema/story';
import { siteData } from '@/lib/site/data';
import { articleOf, citationUrl, sourceName } from '@/lib/site/lookup';
import { coverageSources, leadingFacts, mainEntities, namedByAll } from '@/lib/site/overview';
import { routes } from '@/lib/site/routes';

/** "a, b and c". */
const list = (names: string[]) => (names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`);
const sourceCount = (fact: FactGroup) => new Set(fact.claims.map((c) => c.article)).size;

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="section-title">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** The story leads with what several sources report, the most widely reported first, with how they compare. */
export function LeadingFacts() {
  const { story } = siteData();
  const everyone = namedByAll();
  const facts = leadingFacts();
  return (
    <Section id="reported-title" title="What several sources report">
      <ul className="agreement-list">
        {everyone.length > 0 && (
          <li>
            All {story.articles.length} sources name {list(everyone.map((e) => e.name))}.
          </li>
        )}
        {facts.map((fact) => (
          <li key={fact.id}>
            <SiteLink href={fact.url}>{fact.label}</SiteLink>: {list([...new Set(fact.claims.map((c) => c.text))])}{' '}
            <StatusBadge status={fact.status} />{' '}
            <span className="meta">
              ({sourceCount(fact)} sources; e.g. <SiteLink href={citationUrl(fact.claims[0]!)}>{sourceName(articleOf(fact.claims[0]!.article))}</SiteLink>)
            </span>
          </li>
        ))}
        {facts.length === 0 && everyone.length === 0 && <li>No fact is reported by more than one source yet.</li>}
      </ul>
      {facts.length > 0 && (
        <p>
          <SiteLink href={routes.facts()}>All {story.facts.length} facts side by side</SiteLink>
        </p>
      )}
    </Section>
  );
}

/** The quotes several sources carry, the most widely carried first; the quotes page has the rest. */
export function SharedQuotes() {
  const { quotes } = siteData().story;
  const shared = quotes.filter((q) => q.status !== 'single');
  return (
    <Section id="quotes-title" title="Who said what">
      {shared.length > 0 ? <QuoteList quotes={shared.slice(0, 8)} /> : <p>No quote is carried by more than one source.</p>}
      {quotes.length > 0 && (
        <p>
          <SiteLink href={routes.quotes()}>All {quotes.length} quotes by speaker</SiteLink>
        </p>
      )}
    </Section>
  );
}

export function Sources() {
  const { story, content } = siteData();
  return (
    <Section id="sources-title" title="Sources">
      <div className="cards">
        {content.articles.map((article) => (
          <SourceCard key={article.id} article={article} story={story.articles.find((s) => s.id === article.id)!} />
        ))}
      </div>
    </Section>
  );
}

export function Coverage() {
  const entities = mainEntities();
  const columns = coverageSources(entities);
  if (entities.length === 0) return null;
  return (
    <Section id="coverage-title" title="Who and what each source covers">
      <ScrollTable label="Coverage of the main entities by source" className="coverage">
        <thead>
          <tr>
            <th scope="col">Mentions</th>
            <SourceHeaders sources={columns} />
          </tr>
        </thead>
        <tbody>
          {entities.map((e) => (
            <tr key={e.id}>
              <th scope="row">
                <SiteLink href={e.url}>{e.name}</SiteLink>
              </th>
              {columns.map((a) => (
                <td key={a.id}>{e.mentionCounts[a.id] ?? <Absent mark="·" label="none" />}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </ScrollTable>
    </Section>
  );
}

export function TimelineSummary() {
  const { timeline } = siteData().story;
  const [first, last] = [timeline[0], timeline.at(-1)];
  if (!first || !last) return null;
  return (
    <Section id="timeline-title" title="Timeline">
      <p>
        <SiteLink href={routes.timeline()}>
          {timeline.length} dated events, from {formatDateValue(first.date.value)} to {formatDateValue(last.date.value)}
        </SiteLink>
      </p>
    </Section>
  );
}

export function Rewrites() {
  const rewrites = siteData().story.relations.filter((r) => r.rewrite);
  return (
    <Section id="rewrites-title" title="Rewrites">
      {rewrites.length === 0 ? (
        <p>No article is a rewrite of another.</p>
      ) : (
        <ul className="rewrite-list">
          {rewrites.map((r) => (
            <li key={`${r.a}-${r.b}`}>
              <SiteLink href={articleOf(r.a).url}>{sourceName(articleOf(r.a))}</SiteLink> and{' '}
              <SiteLink href={articleOf(r.b).url}>{sourceName(articleOf(r.b))}</SiteLink> tell the same story in other words{' '}
              <span className="meta">(similarity {r.similarity.toFixed(2)})</span>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
