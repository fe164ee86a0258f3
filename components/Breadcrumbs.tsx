import { SiteLink } from './SiteLink';
import { routes } from '@/lib/site/routes';

export interface Crumb {
  label: string;
  href?: string;
}

/** Where this page sits: Story › Entities › Donald Trump. The last crumb is the current page. */
export function Breadcrumbs({ trail }: { trail: Crumb[] }) {
  return (
    <nav aria-label="Breadcrumb" className="breadcrumbs">
      <ol>
        <li>
          <SiteLink href={routes.home()}>Story</SiteLink>
        </li>
        {trail.map((crumb) => (
          <li key={crumb.label}>
            {crumb.href ? <SiteLink href={crumb.href}>{crumb.label}</SiteLink> : <span aria-current="page">{crumb.label}</span>}
          </li>
        ))}
      </ol>
    </nav>
  );
}
