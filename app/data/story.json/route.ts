import { getAnalysis } from '@/lib/site/analysis';

// Written once at build time to out/data/story.json: the whole analysis, for reuse.
export const dynamic = 'force-static';

export function GET() {
  return Response.json(getAnalysis());
}
