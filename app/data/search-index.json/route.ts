import { searchIndexJson } from '@/lib/site/search-index';

// Written once at build time to out/data/search-index.json; the search page loads it.
export const dynamic = 'force-static';

export function GET() {
  return new Response(searchIndexJson(), { headers: { 'Content-Type': 'application/json' } });
}
