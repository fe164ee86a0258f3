import type { Metadata } from 'next';
import { SiteLink } from '@/components/SiteLink';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { Absent, ScrollTable, SourceHeaders } from '@/components/SourceTable';
import { StatusBadge } from '@/components/StatusBadge';
import { citationUrl, lookup } from '@/lib/site/lookup';
import { routes } from '@/lib/site/routes';
import { sitePageMetadata } from '@/lib/site/metadata';

export const metadata: Metadata = sitePageMetadata(
  'Facts compared',
  'The figures and claims of the story side by side across its sources: where they agree, differ or changed.',
  routes.facts(),
);

export default function FactsPage() {
  const { story } = lookup();
  const shared = story.facts.filter((f) => f.status !== 'single');
  const single = story.facts.filter((f) => f.status === 'single');
  return (
    <div className="page page-wide">
      <Breadcrumbs trail={[{ label: 'Facts' }]} />
      <header className="page-header">
        <h1>Facts compared</h1>
        <p className="lede">
          {story.facts.length} figures and claims; {shared.length} reported by more than one source. One column per source; each cell
          links to the sentence it quotes.
        </p>
      </header>
      <ScrollTable label="Facts by source" className="comparison facts-matrix">
          <thead>
            <tr>
              <th scope="col">Fact</th>
              <th scope="col">Status</th>
              <SourceHeaders sources={story.articles} />
            </tr>
          </thead>
          <tbody>
            {[...shared, ...single].map((fact) => (
              <tr key={fact.id} id={fact.id}>
                <th scope="row">
                  <SiteLink href={fact.url}>{fact.label}</SiteLink>
                </th>
                <td>
                  <StatusBadge status={fact.status} />
                </td>
                {story.articles.map((a) => {
                  const claims = fact.claims.filter((c) => c.article === a.id);
                  return (
                    <td key={a.id}>
                      {claims.length === 0 ? (
                        <Absent mark="—" label="not reported" />
                      ) : (
                        claims.map((c, i) => (
                          <span key={`${c.anchor}-${i}`}>
                            {i > 0 && ', '}
                            <SiteLink href={citationUrl(c)}>{c.text}</SiteLink>
                          </span>
                        ))
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
      </ScrollTable>
    </div>
  );
}
