import type { Metadata } from 'next';
import Link from 'next/link';
import { SITE_NAME } from '@/lib/site/config';
import { pageMetadata } from '@/lib/site/metadata';
import { routes } from '@/lib/site/routes';

// No canonical URL: this page answers for every missing address, and Next marks it noindex.
export const metadata: Metadata = pageMetadata({
  title: 'Page not found',
  description: `There is no page at this address on ${SITE_NAME}. See all articles of the story from the home page.`,
  image: { path: routes.ogImage.site(), alt: SITE_NAME },
});

export default function NotFound() {
  return (
    <div className="page">
      <h1>Page not found</h1>
      <p>
        There is no page at this address. It may have been mistyped, or the article may have been removed from the
        story.
      </p>
      <p>
        <Link href={routes.home()}>See all articles of the story</Link>
      </p>
    </div>
  );
}
