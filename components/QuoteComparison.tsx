import { SiteLink } from './SiteLink';
import type { QuoteGroup, QuoteSource } from '@/lib/schema/story';
import { QUOTE_STATUS, quoteTitle } from '@/lib/site/fact-status';
import { articlesCiting } from '@/lib/site/lookup';
import { siteData } from '@/lib/site/data';
import { CitationQuote } from './CitationQuote';
import { SourceColumns } from './SourceTable';
import { StatusBadge } from './StatusBadge';

const KIND: Record<QuoteSource['kind'], string> = { direct: 'Direct quote', partial: 'Partial quote', indirect: 'Reported speech' };

/** Who a source says spoke: a link to the entity, the source's own description, or that it names no one. */
export function SpeakerName({ speaker }: { speaker: QuoteSource['speaker'] }) {
  if (!speaker) return <span className="meta">speaker not given</span>;
  const entity = speaker.entity && siteData().entities.get(speaker.entity);
  return entity ? <SiteLink href={entity.url}>{entity.name}</SiteLink> : <>{speaker.name}</>;
}

/** One quote across its sources: a column per source with its words, its speaker and its sentence. */
export function QuoteComparison({ group, Heading = 'h2' }: { group: QuoteGroup; Heading?: 'h1' | 'h2' }) {
  const sources = articlesCiting(group.sources);
  return (
    <section className="quote-group" aria-labelledby={`quote-${group.id}`}>
      <Heading id={`quote-${group.id}`} className="fact-title">
        {Heading === 'h1' ? quoteTitle(group) : <SiteLink href={group.url}>{quoteTitle(group)}</SiteLink>} <StatusBadge status={group.status} of="quote" />
      </Heading>
      <p className="meta">{QUOTE_STATUS[group.status].explanation}</p>
      <SourceColumns
        label={`How the sources report: ${quoteTitle(group)}`}
        sources={sources}
        cell={(a) =>
          group.sources
            .filter((s) => s.article === a.id)
            .map((s) => (
              <div key={`${s.anchor}-${s.span.start}`} className="claim">
                <p className="quote-words">{s.kind === 'indirect' ? s.text : `“${s.text}”`}</p>
                <p className="meta">
                  {KIND[s.kind]}
                  {s.cue && <> · “{s.cue}”</>} · <SpeakerName speaker={s.speaker} />
                </p>
                <CitationQuote citation={s} highlight={s.text} />
              </div>
            ))
        }
      />
    </section>
  );
}

/** Quote groups as a list: the words, linking to the group, with their status and how many sources carry them. */
export function QuoteList({ quotes, showSpeaker = true }: { quotes: QuoteGroup[]; showSpeaker?: boolean }) {
  return (
    <ul className="quote-list">
      {quotes.map((q) => {
        const count = new Set(q.sources.map((s) => s.article)).size;
        return (
          <li key={q.id}>
            {showSpeaker && (
              <>
                <SpeakerName speaker={q.speaker} />:{' '}
              </>
            )}
            <SiteLink href={q.url}>{q.kind === 'indirect' ? q.text : `“${q.text}”`}</SiteLink> <StatusBadge status={q.status} of="quote" />{' '}
            <span className="meta">
              ({count} source{count === 1 ? '' : 's'})
            </span>
          </li>
        );
      })}
    </ul>
  );
}
