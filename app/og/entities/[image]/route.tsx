import { lookup } from '@/lib/site/lookup';
import { typeLabel } from '@/lib/site/entity-types';
import { ogImageRoute } from '@/lib/site/og-image';

// Rendered once at build time into out/og/entities/<slug>.png.
export const dynamic = 'force-static';
export const dynamicParams = false;

const route = ogImageRoute(
  () => lookup().story.entities,
  (entity) => entity.slug,
  (entity) => ({
    kind: typeLabel(entity.type),
    title: entity.name,
    note: `${entity.mentions.length} mention${entity.mentions.length === 1 ? '' : 's'} in ${entity.articles.length} article${entity.articles.length === 1 ? '' : 's'}`,
  }),
);

export const generateStaticParams = route.generateStaticParams;
export const GET = route.GET;
