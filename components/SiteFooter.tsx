import { SITE_NAME, SITE_TAGLINE } from '@/lib/site/config';
import { withBasePath } from '@/lib/site/deploy';
import { routes } from '@/lib/site/routes';

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <p>
        {SITE_NAME}: {SITE_TAGLINE}. Every passage shown is quoted from its source article.
      </p>
      <p>
        {/* A file, not a page: a plain link (next/link would try to load it as a route). */}
        <a href={withBasePath(routes.feed())}>RSS feed of the articles</a>
      </p>
    </footer>
  );
}
