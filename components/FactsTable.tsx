import type { ReactNode } from 'react';
import { Absent, ScrollTable, SourceHeaders } from './SourceTable';
import { SiteLink } from './SiteLink';
import { StatusBadge } from './StatusBadge';
import type { FactGroup } from '@/lib/schema/story';
import { siteData } from '@/lib/site/data';
import { citationUrl } from '@/lib/site/lookup';

/** Past this many sources a column per source stops being readable (and grows with facts × sources). */
const MATRIX_MAX_SOURCES = 12;

function Versions({ claims }: { claims: FactGroup['claims'] }) {
  return claims.map((c, i) => (
    <span key={`${c.article}-${c.anchor}-${i}`}>
      {i > 0 && ', '}
      <SiteLink href={citationUrl(c)}>{c.text}</SiteLink>
    </span>
  ));
}

/** The first two cells of a fact's row: its name (linking to its page) and its status. */
function FactRowHead({ fact }: { fact: FactGroup }) {
  return (
    <>
      <th scope="row">
        <SiteLink href={fact.url}>{fact.label}</SiteLink>
      </th>
      <td>
        <StatusBadge status={fact.status} />
      </td>
    </>
  );
}

/** The header row: the fact and its status, then the table's own columns. */
function FactsHead({ children }: { children: ReactNode }) {
  return (
    <thead>
      <tr>
        <th scope="col">Fact</th>
        <th scope="col">Status</th>
        {children}
      </tr>
    </thead>
  );
}

/** Every fact against every source: the comparison at a glance for a story of a few sources. */
function FactsMatrix({ facts }: { facts: FactGroup[] }) {
  const { story } = siteData();
  return (
    <ScrollTable label="Facts by source" className="comparison facts-matrix">
      <FactsHead>
        <SourceHeaders sources={story.articles} />
      </FactsHead>
      <tbody>
        {facts.map((fact) => (
          <tr key={fact.id} id={fact.id}>
            <FactRowHead fact={fact} />
            {story.articles.map((a) => {
              const claims = fact.claims.filter((c) => c.article === a.id);
              return <td key={a.id}>{claims.length === 0 ? <Absent mark="—" label="not reported" /> : <Versions claims={claims} />}</td>;
            })}
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}

/** For a story of many sources: each fact with its versions and their sources, one row each. */
function FactsList({ facts }: { facts: FactGroup[] }) {
  return (
    <ScrollTable label="Facts and their versions" className="comparison facts-matrix">
      <FactsHead>
        <th scope="col">Versions</th>
        <th scope="col">Sources</th>
      </FactsHead>
      <tbody>
        {facts.map((fact) => (
          <tr key={fact.id} id={fact.id}>
            <FactRowHead fact={fact} />
            <td>
              <Versions claims={fact.claims} />
            </td>
            <td>{new Set(fact.claims.map((c) => c.article)).size}</td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}

/** Every fact of the story: a matrix against the sources for a few sources, a list for many. */
export function FactsTable({ facts }: { facts: FactGroup[] }) {
  return siteData().story.articles.length <= MATRIX_MAX_SOURCES ? <FactsMatrix facts={facts} /> : <FactsList facts={facts} />;
}
