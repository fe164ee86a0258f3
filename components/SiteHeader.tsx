import { SiteLink } from './SiteLink';
import { SITE_NAME } from '@/lib/site/config';
import { routes } from '@/lib/site/routes';

const VIEWS = [
  { href: routes.home(), label: 'Story' },
  { href: routes.timeline(), label: 'Timeline' },
  { href: routes.facts(), label: 'Facts' },
  { href: routes.quotes(), label: 'Quotes' },
  { href: routes.entities(), label: 'Entities' },
  { href: routes.search(), label: 'Search' },
];

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <SiteLink href={routes.home()} className="site-name">
          {SITE_NAME}
        </SiteLink>
        <nav aria-label="Site">
          <ul className="site-nav">
            {VIEWS.map((view) => (
              <li key={view.href}>
                <SiteLink href={view.href}>{view.label}</SiteLink>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
