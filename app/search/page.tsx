import type { Metadata } from 'next';
import { SiteLink } from '@/components/SiteLink';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { SearchBox } from '@/components/SearchBox';
import { SITE_NAME } from '@/lib/site/config';
import { BASE_PATH, withBasePath } from '@/lib/site/deploy';
import { pageMetadata } from '@/lib/site/metadata';
import { routes } from '@/lib/site/routes';

export const metadata: Metadata = pageMetadata({
  title: 'Search',
  description: 'Search the articles, entities, timeline and facts of the story.',
  path: routes.search(),
  image: { path: routes.ogImage.site(), alt: SITE_NAME },
});

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
