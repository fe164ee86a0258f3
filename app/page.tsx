import type { Metadata } from 'next';
import { SiteLink } from '@/components/SiteLink';
import { SourceCard } from '@/components/SourceCard';
import { Absent, ScrollTable, SourceHeaders } from '@/components/SourceTable';
import { StatusBadge } from '@/components/StatusBadge';
import { SITE_NAME, SITE_TAGLINE } from '@/lib/site/config';
import { formatDateValue } from '@/lib/calendar';
import { siteData } from '@/lib/site/data';
import { articleOf, citationUrl, sourceName } from '@/lib/site/lookup';
import { pageMetadata } from '@/lib/site/metadata';
import { agreements, coverageSources, mainEntities, namedByAll, topFacts } from '@/lib/site/overview';
import { routes } from '@/lib/site/routes';
import { getArticles } from '@/lib/site/data';

export function generateMetadata(): Metadata {
  const count = getArticles().length;
  return pageMetadata({
    title: `${SITE_NAME}: ${SITE_TAGLINE}`,
    titleIsAbsolute: true,
    description: `${SITE_TAGLINE}: ${count} source article${count === 1 ? '' : 's'} compared fact by fact, with a timeline and every name, each quoted with a permalink to its sentence.`,
    path: routes.home(),
    image: { path: routes.ogImage.site(), alt: `${SITE_NAME}: ${SITE_TAGLINE}` },
  });
}

const list = (names: string[]) => (names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`);

export default function StoryPage() {
  const { story } = siteData();
  const articles = getArticles();
  const everyone = namedByAll();
  const agreed = agreements();
  const entities = mainEntities();
  const columns = coverageSources(entities);
  const facts = topFacts();
  const rewrites = story.relations.filter((r) => r.rewrite);
  const first = story.timeline[0];
  const last = story.timeline.at(-1);
  return (
    <div className="page page-wide">
      <header className="page-header">
        <h1>The story in {articles.length} sources</h1>
        <p className="lede">{SITE_TAGLINE}. Every fact below is quoted from the articles and linked to its sentence.</p>
      </header>

      <section aria-labelledby="agree-title">
        <h2 id="agree-title" className="section-title">
          What the sources agree on
        </h2>
        <ul className="agreement-list">
          {everyone.length > 0 && (
            <li>
              All {articles.length} sources name {list(everyone.map((e) => e.name))}.
            </li>
          )}
          {agreed.map((fact) => {
            const sources = new Set(fact.claims.map((c) => c.article)).size;
            const values = [...new Set(fact.claims.map((c) => c.text))];
            return (
              <li key={fact.id}>
                <SiteLink href={fact.url}>{fact.label}</SiteLink>: {list(values)} <StatusBadge status={fact.status} />{' '}
                <span className="meta">
                  ({sources} sources; e.g. <SiteLink href={citationUrl(fact.claims[0]!)}>{sourceName(articleOf(fact.claims[0]!.article))}</SiteLink>)
                </span>
              </li>
            );
          })}
          {agreed.length === 0 && everyone.length === 0 && <li>The sources share no fact yet.</li>}
        </ul>
      </section>

      <section aria-labelledby="sources-title">
        <h2 id="sources-title" className="section-title">
          Sources
        </h2>
        <div className="cards">
          {articles.map((article) => (
            <SourceCard key={article.id} article={article} story={story.articles.find((s) => s.id === article.id)!} />
          ))}
        </div>
      </section>

      {entities.length > 0 && (
        <section aria-labelledby="coverage-title">
          <h2 id="coverage-title" className="section-title">
            Who and what each source covers
          </h2>
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
                      <td key={a.id}>
                        {e.mentionCounts[a.id] ?? <Absent mark="·" label="none" />}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
          </ScrollTable>
        </section>
      )}

      {facts.length > 0 && (
        <section aria-labelledby="facts-title">
          <h2 id="facts-title" className="section-title">
            Facts compared
          </h2>
          <ul className="agreement-list">
            {facts.map((fact) => (
              <li key={fact.id}>
                <SiteLink href={fact.url}>{fact.label}</SiteLink> <StatusBadge status={fact.status} />{' '}
                <span className="meta">{list([...new Set(fact.claims.map((c) => c.text))])}</span>
              </li>
            ))}
          </ul>
          <p>
            <SiteLink href={routes.facts()}>All {story.facts.length} facts side by side</SiteLink>
          </p>
        </section>
      )}

      {first && last && (
        <section aria-labelledby="timeline-title">
          <h2 id="timeline-title" className="section-title">
            Timeline
          </h2>
          <p>
            <SiteLink href={routes.timeline()}>
              {story.timeline.length} dated events, from {formatDateValue(first.date.value)} to {formatDateValue(last.date.value)}
            </SiteLink>
          </p>
        </section>
      )}

      <section aria-labelledby="rewrites-title">
        <h2 id="rewrites-title" className="section-title">
          Rewrites
        </h2>
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
      </section>
    </div>
  );
}
