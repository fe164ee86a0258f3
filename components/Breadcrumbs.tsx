import Link from 'next/link';
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
          <Link href={routes.home()}>Story</Link>
        </li>
        {trail.map((crumb) => (
          <li key={crumb.label}>
            {crumb.href ? <Link href={crumb.href}>{crumb.label}</Link> : <span aria-current="page">{crumb.label}</span>}
          </li>
        ))}
      </ol>
    </nav>
  );
}
