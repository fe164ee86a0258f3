import { articlesFeedXml } from '@/lib/site/feed';
import { getArticles } from '@/lib/site/data';

// Written once at build time to out/feed.xml.
export const dynamic = 'force-static';

export function GET() {
  return new Response(articlesFeedXml(getArticles()), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}
