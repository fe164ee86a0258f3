import { SITE_NAME, SITE_TAGLINE } from '@/lib/site/config';
import { ogImageResponse } from '@/lib/site/og-image';
import { getArticles } from '@/lib/site/story';

// The share image of pages that are not about one item (home, not found): out/og/site.png.
export const dynamic = 'force-static';

export function GET() {
  const count = getArticles().length;
  return ogImageResponse({ kind: 'The story', title: SITE_TAGLINE, source: `${count} source article${count === 1 ? '' : 's'} on ${SITE_NAME}` });
}
