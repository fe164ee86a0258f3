import { siteData } from '@/lib/site/data';

// Written once at build time to out/data/story.json: the whole analysis, for reuse.
export const dynamic = 'force-static';

export function GET() {
  return Response.json(siteData().story);
}
