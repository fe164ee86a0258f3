import { Feed } from 'feed';
import type { Article } from '../schema/content';
import { SITE_NAME, SITE_TAGLINE } from './config';
import { absoluteUrl } from './deploy';
import { articleExcerpt } from './excerpt';
import { routes } from './routes';

const EPOCH = new Date(0);

const publishedDate = (article: Article): Date | undefined =>
  article.published ? new Date(`${article.published.value}T00:00:00Z`) : undefined;

/**
 * The feed's lastBuildDate. Never the clock, so two builds of the same content are identical:
 * SOURCE_DATE_EPOCH when the build sets it (the reproducible-builds convention), else the newest
 * publication date among the articles, else 1970-01-01.
 */
export function feedUpdated(articles: Article[], sourceDateEpoch = process.env.SOURCE_DATE_EPOCH): Date {
  if (sourceDateEpoch && /^\d+$/.test(sourceDateEpoch)) return new Date(Number(sourceDateEpoch) * 1000);
  const dates = articles.flatMap((a) => publishedDate(a) ?? []).map((d) => d.getTime());
  return dates.length > 0 ? new Date(Math.max(...dates)) : EPOCH;
}

/** Newest first; undated articles after the dated ones, in id order. */
function feedOrder(articles: Article[]): Article[] {
  const time = (a: Article) => publishedDate(a)?.getTime() ?? -Infinity;
  return [...articles].sort((a, b) => time(b) - time(a) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * CDATA cannot hold "]]>". `feed` writes titles and descriptions as CDATA through xml-js, which
 * splits only the first "]]>" of a text; the others are split here so any article text stays
 * well-formed (tests/unit/site-feed.test.ts checks a text with several).
 */
function cdataSafe(text: string): string {
  const [first, ...rest] = text.split(']]>');
  return rest.length === 0 ? text : `${first}]]>${rest.join(']]]]><![CDATA[>')}`;
}

/**
 * RSS 2.0 of every article with absolute URLs. An article without a known publication date has
 * no <pubDate> (every RSS item element is optional) rather than an invented one.
 */
export function articlesFeedXml(articles: Article[]): string {
  const home = absoluteUrl(routes.home());
  const feed = new Feed({
    title: SITE_NAME,
    description: SITE_TAGLINE,
    id: home,
    link: home,
    language: 'en',
    feedLinks: { rss: absoluteUrl(routes.feed()) },
    updated: feedUpdated(articles),
    generator: false,
  });
  for (const article of feedOrder(articles)) {
    const url = absoluteUrl(routes.article(article.slug));
    const date = publishedDate(article);
    feed.addItem({
      title: cdataSafe(article.title),
      link: url,
      description: cdataSafe(articleExcerpt(article)),
      // `feed` writes <pubDate> only when a date is given; its type wants one for every item.
      date: date as Date,
    });
  }
  return feed.rss2();
}
