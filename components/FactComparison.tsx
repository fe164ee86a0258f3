import { SiteLink } from './SiteLink';
import type { FactGroup } from '@/lib/schema/story';
import { articlesCiting, citationUrl } from '@/lib/site/lookup';
import { CitationQuote } from './CitationQuote';
import { SourceColumns } from './SourceTable';
import { STATUS } from '@/lib/site/fact-status';
import { StatusBadge } from './StatusBadge';

/** One fact group side by side: a column per source, each cell quoting and linking its sentence. */
export function FactComparison({ fact, Heading = 'h2' }: { fact: FactGroup; Heading?: 'h1' | 'h2' }) {
  const sources = articlesCiting(fact.claims);
  return (
    <section className="fact" aria-labelledby={`fact-${fact.id}`}>
      <Heading id={`fact-${fact.id}`} className="fact-title">
        {Heading === 'h1' ? fact.label : <SiteLink href={fact.url}>{fact.label}</SiteLink>} <StatusBadge status={fact.status} />
      </Heading>
      <p className="meta">{STATUS[fact.status].explanation}</p>
      <SourceColumns
        label={`Comparison: ${fact.label}`}
        sources={sources}
        cell={(a) =>
          fact.claims
            .filter((c) => c.article === a.id)
            .map((c) => (
              <div key={`${c.anchor}-${c.text}`} className="claim">
                <p className="claim-value">
                  <SiteLink href={citationUrl(c)}>{c.text}</SiteLink>
                </p>
                <CitationQuote citation={c} highlight={c.text.split(' (')[0]} />
              </div>
            ))
        }
      />
    </section>
  );
}
