import { SITE_NAME, SITE_TAGLINE } from '@/lib/site/config';

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <p>
        {SITE_NAME}: {SITE_TAGLINE}. Every passage shown is quoted from its source article.
      </p>
    </footer>
  );
}
