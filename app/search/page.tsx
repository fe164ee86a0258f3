import type { Metadata } from 'next';
import { SiteLink } from '@/components/SiteLink';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { SearchBox } from '@/components/SearchBox';
import { BASE_PATH, withBasePath } from '@/lib/site/deploy';
import { sitePageMetadata } from '@/lib/site/metadata';
import { routes } from '@/lib/site/routes';

export const metadata: Metadata = sitePageMetadata(
  'Search',
  'Search the articles, entities, timeline and facts of the story.',
  routes.search(),
);

export default function SearchPage() {
  return (
    <div className="page">
      <Breadcrumbs trail={[{ label: 'Search' }]} />
      <header className="page-header">
        <h1>Search</h1>
      </header>
      <noscript>
        <p className="search-needs-js">
          Search runs in your browser and needs JavaScript. Without it, browse the <SiteLink href={routes.entities()}>entity index</SiteLink>{' '}
          or the <SiteLink href={routes.home()}>list of articles</SiteLink>.
        </p>
      </noscript>
      {/* Room for the results reserved up front, so nothing below jumps when search starts. */}
      <div className="search-area">
        <SearchBox indexUrl={withBasePath(routes.searchIndex())} basePath={BASE_PATH} />
      </div>
    </div>
  );
}
