import type { MetadataRoute } from 'next';
import { absoluteUrl, withBasePath } from '@/lib/site/deploy';
import { routes } from '@/lib/site/routes';

export const dynamic = 'force-static';

export default function robots(): MetadataRoute.Robots {
  return { rules: { userAgent: '*', allow: withBasePath(routes.home()) }, sitemap: absoluteUrl(routes.sitemap()) };
}
