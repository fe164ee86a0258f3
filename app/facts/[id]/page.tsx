import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { FactComparison } from '@/components/FactComparison';
import { STATUS } from '@/lib/site/fact-status';
import { siteData } from '@/lib/site/data';
import { routes } from '@/lib/site/routes';
import { pageMetadata } from '@/lib/site/metadata';
import { staticParams } from '@/lib/site/static-params';

export const dynamicParams = false;

export function generateStaticParams() {
  return staticParams('id', siteData().story.facts.map((f) => f.id));
}

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const fact = siteData().facts.get((await params).id);
  if (!fact) return {};
  return pageMetadata({
    title: `${fact.label}: ${STATUS[fact.status].label}`,
    description: `${fact.label} across the sources. ${STATUS[fact.status].explanation}`,
    path: routes.fact(fact.id),
    image: { path: routes.ogImage.fact(fact.id), alt: `${fact.label}: ${STATUS[fact.status].label}` },
  });
}

export default async function FactPage({ params }: Props) {
  const fact = siteData().facts.get((await params).id);
  if (!fact) notFound();
  return (
    <div className="page page-wide">
      <Breadcrumbs trail={[{ label: 'Facts', href: routes.facts() }, { label: fact.label }]} />
      <FactComparison fact={fact} Heading="h1" />
    </div>
  );
}
