import { STATUS } from '@/components/StatusBadge';
import { lookup } from '@/lib/site/lookup';
import { ogImageRoute } from '@/lib/site/og-image';

// Rendered once at build time into out/og/facts/<id>.png.
export const dynamic = 'force-static';
export const dynamicParams = false;

const route = ogImageRoute(
  () => lookup().story.facts,
  (fact) => fact.id,
  (fact) => {
    const sources = new Set(fact.claims.map((c) => c.article)).size;
    return {
      kind: `Fact compared: ${STATUS[fact.status].label}`,
      title: fact.label,
      note: `${sources} source${sources === 1 ? '' : 's'}: ${[...new Set(fact.claims.map((c) => c.text))].slice(0, 4).join(' · ')}`,
    };
  },
);

export const generateStaticParams = route.generateStaticParams;
export const GET = route.GET;
