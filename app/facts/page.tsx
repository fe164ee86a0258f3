import type { Metadata } from 'next';
import { SiteLink } from '@/components/SiteLink';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { StatusBadge } from '@/components/StatusBadge';
import { citationUrl, lookup, sourceName } from '@/lib/site/lookup';
import { routes } from '@/lib/site/routes';
import { SITE_NAME } from '@/lib/site/config';
import { pageMetadata } from '@/lib/site/metadata';

export const metadata: Metadata = pageMetadata({
  title: 'Facts compared',
  description: 'The figures and claims of the story side by side across its sources: where they agree, differ or changed.',
  path: routes.facts(),
  image: { path: routes.ogImage.site(), alt: SITE_NAME },
});

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
      <section className="table-scroll" aria-label="Facts by source" tabIndex={0}>
        <table className="comparison facts-matrix">
          <thead>
            <tr>
              <th scope="col">Fact</th>
              <th scope="col">Status</th>
              {story.articles.map((a) => (
                <th key={a.id} scope="col">
                  <SiteLink href={a.url}>{sourceName(a)}</SiteLink>
                </th>
              ))}
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
                        <span className="none">
                          <span aria-hidden="true">—</span>
                          <span className="visually-hidden">not reported</span>
                        </span>
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
        </table>
      </section>
    </div>
  );
}
