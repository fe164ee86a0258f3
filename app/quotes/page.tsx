import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { QuoteList, SpeakerName } from '@/components/QuoteComparison';
import { siteData } from '@/lib/site/data';
import { quotesBySpeaker } from '@/lib/site/lookup';
import { routes } from '@/lib/site/routes';
import { sitePageMetadata } from '@/lib/site/metadata';
import { slugify } from '@/lib/content/slug';

export const metadata: Metadata = sitePageMetadata(
  'Quotes',
  'Who said what in the story, in the sources’ own words, grouped by speaker and compared across sources.',
  routes.quotes(),
);

export default function QuotesPage() {
  const { story } = siteData();
  const bySpeaker = quotesBySpeaker();
  return (
    <div className="page">
      <Breadcrumbs trail={[{ label: 'Quotes' }]} />
      <header className="page-header">
        <h1>Quotes</h1>
        <p className="lede">
          {story.quotes.length} quotes and reported statements, grouped by speaker. Each is the sources’ own words, linked to its
          sentence; a quote no source attributes is listed as unattributed.
        </p>
      </header>
      {bySpeaker.map(({ speaker, quotes }) => {
        const id = `speaker-${slugify(speaker?.entity ?? speaker?.name ?? 'unattributed') || 'unattributed'}`;
        return (
          <section key={id} aria-labelledby={id}>
            <h2 id={id}>{speaker ? <SpeakerName speaker={speaker} /> : 'Unattributed'}</h2>
            <QuoteList quotes={quotes} showSpeaker={false} />
          </section>
        );
      })}
      {story.quotes.length === 0 && <p>No article of the story quotes anyone.</p>}
    </div>
  );
}
