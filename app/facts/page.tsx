import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { FactsTable } from '@/components/FactsTable';
import { siteData } from '@/lib/site/data';
import { sourcesOf } from '@/lib/site/overview';
import { routes } from '@/lib/site/routes';
import { sitePageMetadata } from '@/lib/site/metadata';

export const metadata: Metadata = sitePageMetadata(
  'Facts compared',
  'The figures and claims of the story side by side across its sources: where they agree, differ or changed.',
  routes.facts(),
);

export default function FactsPage() {
  const { story } = siteData();
  const shared = story.facts.filter((f) => sourcesOf(f) > 1);
  const single = story.facts.filter((f) => sourcesOf(f) === 1);
  return (
    <div className="page page-wide">
      <Breadcrumbs trail={[{ label: 'Facts' }]} />
      <header className="page-header">
        <h1>Facts compared</h1>
        <p className="lede">
          {story.facts.length} figures and claims; {shared.length} reported by more than one source. Each version links to the sentence
          it quotes.
        </p>
      </header>
      <FactsTable facts={[...shared, ...single]} />
    </div>
  );
}
