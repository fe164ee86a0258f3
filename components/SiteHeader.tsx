import Link from 'next/link';
import { SITE_NAME } from '@/lib/site/config';
import { routes } from '@/lib/site/routes';

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <Link href={routes.home()} className="site-name">
          {SITE_NAME}
        </Link>
        <nav aria-label="Site">
          <ul className="site-nav">
            <li>
              <Link href={routes.home()}>Articles</Link>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
