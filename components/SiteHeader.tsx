import Link from 'next/link';
import { SITE_NAME } from '@/lib/site/config';
import { routes } from '@/lib/site/routes';

const VIEWS = [
  { href: routes.home(), label: 'Story' },
  { href: routes.timeline(), label: 'Timeline' },
  { href: routes.facts(), label: 'Facts' },
  { href: routes.entities(), label: 'Entities' },
  { href: routes.search(), label: 'Search' },
];

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <Link href={routes.home()} className="site-name">
          {SITE_NAME}
        </Link>
        <nav aria-label="Site">
          <ul className="site-nav">
            {VIEWS.map((view) => (
              <li key={view.href}>
                <Link href={view.href}>{view.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
