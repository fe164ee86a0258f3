import type { Metadata } from 'next';
import { SiteLink } from '@/components/SiteLink';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { ENTITY_TYPES, mentionTotal } from '@/lib/site/entity-types';
import { siteData } from '@/lib/site/data';
import { routes } from '@/lib/site/routes';
import { sitePageMetadata } from '@/lib/site/metadata';

export const metadata: Metadata = sitePageMetadata(
  'Entities',
  'The people, organizations, places, laws and agreements of the story, with how often each source names them.',
  routes.entities(),
);

export default function EntitiesPage() {
  const { story } = siteData();
  return (
    <div className="page page-wide">
      <Breadcrumbs trail={[{ label: 'Entities' }]} />
      <header className="page-header">
        <h1>Entities</h1>
        <p className="lede">
          {story.entities.length} people, organizations, places, laws and agreements named in the story, most mentioned first.
        </p>
      </header>
      <div className="entity-columns">
        {ENTITY_TYPES.map(({ type, plural }) => {
          const entities = story.entities.filter((e) => e.type === type).sort((a, b) => mentionTotal(b) - mentionTotal(a) || a.name.localeCompare(b.name));
          if (entities.length === 0) return null;
          return (
            <section key={type} aria-labelledby={`type-${type}`}>
              <h2 id={`type-${type}`}>
                {plural} <span className="count">({entities.length})</span>
              </h2>
              <ul className="entity-list">
                {entities.map((e) => (
                  <li key={e.id}>
                    <SiteLink href={e.url}>{e.name}</SiteLink>{' '}
                    <span className="meta">
                      {mentionTotal(e)} mention{mentionTotal(e) === 1 ? '' : 's'} in {e.articles.length} article{e.articles.length === 1 ? '' : 's'}
                    </span>
                    {e.roleConflict && <span className="badge badge-conflict">Role conflict</span>}
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </div>
    </div>
  );
}
