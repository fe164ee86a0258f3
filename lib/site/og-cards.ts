import { QUOTE_STATUS, quoteTitle, STATUS } from './fact-status';
import { SITE_NAME, SITE_TAGLINE } from './config';
import { typeLabel } from './entity-types';
import { siteData } from './data';
import type { OgCard } from './og-image';
import { routes } from './routes';
import { getArticles } from './data';

/** Every share image of the site: the path it is written to under out/, and what it shows. */
export function ogCards(): { path: string; card: OgCard }[] {
  const { story } = siteData();
  const articles = getArticles();
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return [
    {
      path: routes.ogImage.site(),
      card: { kind: 'The story', title: SITE_TAGLINE, source: `${plural(articles.length, 'source article')} on ${SITE_NAME}` },
    },
    ...articles.map((article) => ({
      path: routes.ogImage.article(article.slug),
      card: {
        kind: 'Source article',
        title: article.title,
        source: article.source,
        note: article.titleDerived ? 'Headline derived from the article’s own text' : undefined,
      },
    })),
    ...story.entities.map((entity) => ({
      path: routes.ogImage.entity(entity.slug),
      card: {
        kind: typeLabel(entity.type),
        title: entity.name,
        note: `${plural(entity.mentions.length, 'mention')} in ${plural(entity.articles.length, 'article')}`,
      },
    })),
    ...story.facts.map((fact) => ({
      path: routes.ogImage.fact(fact.id),
      card: {
        kind: `Fact compared: ${STATUS[fact.status].label}`,
        title: fact.label,
        note: `${plural(new Set(fact.claims.map((c) => c.article)).size, 'source')}: ${[...new Set(fact.claims.map((c) => c.text))].slice(0, 4).join(' · ')}`,
      },
    })),
    ...story.quotes.map((quote) => ({
      path: routes.ogImage.quote(quote.id),
      card: {
        kind: `Quote: ${QUOTE_STATUS[quote.status].label}`,
        title: quoteTitle(quote),
        note: `${plural(new Set(quote.sources.map((s) => s.article)).size, 'source')}`,
      },
    })),
  ];
}
