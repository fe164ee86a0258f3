import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { QuoteComparison } from '@/components/QuoteComparison';
import { QUOTE_STATUS, quoteTitle } from '@/lib/site/fact-status';
import { siteData } from '@/lib/site/data';
import { routes } from '@/lib/site/routes';
import { pageMetadata } from '@/lib/site/metadata';
import { staticParams } from '@/lib/site/static-params';

export const dynamicParams = false;

export function generateStaticParams() {
  return staticParams('id', siteData().story.quotes.map((q) => q.id));
}

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const group = siteData().quotes.get((await params).id);
  if (!group) return {};
  return pageMetadata({
    title: quoteTitle(group),
    description: `${quoteTitle(group)}, as the sources report it. ${QUOTE_STATUS[group.status].explanation}`,
    path: routes.quote(group.id),
    image: { path: routes.ogImage.quote(group.id), alt: quoteTitle(group) },
  });
}

export default async function QuotePage({ params }: Props) {
  const group = siteData().quotes.get((await params).id);
  if (!group) notFound();
  return (
    <div className="page page-wide">
      <Breadcrumbs trail={[{ label: 'Quotes', href: routes.quotes() }, { label: group.speaker?.name ?? 'Unattributed' }]} />
      <QuoteComparison group={group} Heading="h1" />
    </div>
  );
}
