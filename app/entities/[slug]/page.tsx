import type { Metadata } from 'next';
import { AgesBySource } from '@/components/AgesBySource';
import { RolesBySource } from '@/components/RolesBySource';
import { SiteLink } from '@/components/SiteLink';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { CitationQuote } from '@/components/CitationQuote';
import { mentionTotal, typeLabel } from '@/lib/site/entity-types';
import { siteData } from '@/lib/site/data';
import { articleOf, eventsWithEntity, quotesBy } from '@/lib/site/lookup';
import { QuoteList } from '@/components/QuoteComparison';
import { quoteOf } from '@/lib/site/sentence-text';
import { routes } from '@/lib/site/routes';
import { pageMetadata } from '@/lib/site/metadata';
import { staticParams } from '@/lib/site/static-params';

export const dynamicParams = false;

export function generateStaticParams() {
  return staticParams('slug', siteData().story.entities.map((e) => e.slug));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const entity = siteData().entities.get((await params).slug);
  if (!entity) return {};
  return pageMetadata({
    title: entity.name,
    description: `${entity.name} (${typeLabel(entity.type).toLowerCase()}): ${mentionTotal(entity)} mentions in ${entity.articles.length} articles of the story.`,
    path: routes.entity(entity.slug),
    image: { path: routes.ogImage.entity(entity.slug), alt: entity.name },
  });
}

export default async function EntityPage({ params }: Props) {
  const entity = siteData().entities.get((await params).slug);
  if (!entity) notFound();
  const events = eventsWithEntity(entity.id);
  const said = quotesBy(entity.id);
  const { entities } = siteData();
  return (
    <div className="page">
      <Breadcrumbs trail={[{ label: 'Entities', href: routes.entities() }, { label: entity.name }]} />
      <header className="page-header">
        <h1>{entity.name}</h1>
        <p className="lede">
          {typeLabel(entity.type)} · {mentionTotal(entity)} mention{mentionTotal(entity) === 1 ? '' : 's'} in {entity.articles.length} of{' '}
          {siteData().story.articles.length} articles
          {entity.aliases.length > 0 && <> · also written {entity.aliases.map((a) => `“${a}”`).join(', ')}</>}
        </p>
      </header>

      {entity.roles && entity.roles.length > 0 && <RolesBySource entity={entity} />}

      {entity.ages && <AgesBySource ages={entity.ages} />}

      {said.length > 0 && (
        <section aria-labelledby="said-title">
          <h2 id="said-title">What {entity.name} said</h2>
          <QuoteList quotes={said} showSpeaker={false} />
        </section>
      )}

      <section aria-labelledby="mentions-title">
        <h2 id="mentions-title">Every mention</h2>
        {entity.articles.map((articleId) => {
          const article = articleOf(articleId);
          const mentions = entity.mentions.filter((m) => m.article === articleId);
          const dateline = entity.datelines?.find((d) => d.article === articleId);
          const headline = entity.headlines?.find((h) => h.article === articleId);
          return (
            <div key={articleId} className="mention-group">
              <h3>
                <SiteLink href={article.url}>{article.title}</SiteLink> <span className="count">({mentions.length})</span>
              </h3>
              {dateline && <p className="meta">Datelined here: {dateline.text}</p>}
              {headline && <p className="meta">Named in the headline</p>}
              <ul className="citations">
                {mentions.map((m) => (
                  <li key={`${m.unit}-${m.start}`}>
                    <CitationQuote citation={{ article: m.article, anchor: m.anchor, quote: quoteOf(m.article, m.anchor) }} highlight={m.text} />
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </section>

      {entity.cooccurs.length > 0 && (
        <section aria-labelledby="cooccurs-title">
          <h2 id="cooccurs-title">Named in the same sentences</h2>
          <ul className="inline-list">
            {entity.cooccurs.map(({ entity: id, sentences }) => (
              <li key={id}>
                <SiteLink href={entities.get(id)!.url}>{entities.get(id)!.name}</SiteLink> <span className="meta">({sentences})</span>
              </li>
            ))}
          </ul>
        </section>
      )}

      {events.length > 0 && (
        <p>
          {/* One event is linked directly; several have a filtered timeline page. */}
          <SiteLink href={events.length === 1 ? events[0]!.url : routes.timelineOfEntity(entity.slug)}>
            {events.length === 1 ? `The timeline event involving ${entity.name}` : `${events.length} timeline events involving ${entity.name}`}
          </SiteLink>
        </p>
      )}
    </div>
  );
}
