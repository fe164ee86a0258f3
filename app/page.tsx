import type { Metadata } from 'next';
import { Coverage, LeadingFacts, Rewrites, SharedQuotes, Sources, TimelineSummary } from '@/components/StoryOverview';
import { SITE_NAME, SITE_TAGLINE } from '@/lib/site/config';
import { getArticles } from '@/lib/site/data';
import { pageMetadata } from '@/lib/site/metadata';
import { routes } from '@/lib/site/routes';

export function generateMetadata(): Metadata {
  const count = getArticles().length;
  return pageMetadata({
    title: `${SITE_NAME}: ${SITE_TAGLINE}`,
    titleIsAbsolute: true,
    description: `${SITE_TAGLINE}: ${count} source article${count === 1 ? '' : 's'} compared fact by fact, with a timeline and every name, each quoted with a permalink to its sentence.`,
    path: routes.home(),
    image: { path: routes.ogImage.site(), alt: `${SITE_NAME}: ${SITE_TAGLINE}` },
  });
}

export default function StoryPage() {
  return (
    <div className="page page-wide">
      <header className="page-header">
        <h1>The story in {getArticles().length} sources</h1>
        <p className="lede">{SITE_TAGLINE}. Every fact below is quoted from the articles and linked to its sentence.</p>
      </header>
      <LeadingFacts />
      <SharedQuotes />
      <Sources />
      <Coverage />
      <TimelineSummary />
      <Rewrites />
    </div>
  );
}
