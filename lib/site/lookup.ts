import type { Citation, QuoteGroup, QuoteSpeaker, StoryArticle, TimelineEvent } from '../schema/story';
import { siteData } from './data';

/** The permalink of a cited sentence. */
export function citationUrl(citation: Pick<Citation, 'article' | 'anchor'>): string {
  return `${siteData().articles.get(citation.article)!.url}#${citation.anchor}`;
}

export function articleOf(id: string): StoryArticle {
  return siteData().articles.get(id)!;
}

const SHORT_TITLE_WORDS = 6;

/** A short name for a source in tables and lists: its publisher, else the start of its title. */
export function sourceName(article: StoryArticle): string {
  if (article.source) return article.source;
  const words = article.title.replace(/…$/, '').split(/\s+/);
  return words.length <= SHORT_TITLE_WORDS ? words.join(' ') : `${words.slice(0, SHORT_TITLE_WORDS).join(' ')}…`;
}

/** Articles that are each a source of the given items, in story order. */
export function articlesCiting(citations: Pick<Citation, 'article'>[]): StoryArticle[] {
  const ids = new Set(citations.map((c) => c.article));
  return siteData().story.articles.filter((a) => ids.has(a.id));
}

export function eventsWithEntity(entityId: string): TimelineEvent[] {
  return siteData().story.timeline.filter((e) => e.entities.includes(entityId));
}

/** The quote groups in which a source gives this entity as the speaker. */
export function quotesBy(entityId: string): QuoteGroup[] {
  return siteData().story.quotes.filter((q) => q.sources.some((s) => s.speaker?.entity === entityId));
}

/**
 * Quote groups by speaker: named speakers by how much they said, then described ones, then the
 * unattributed. A group the sources attribute differently is listed under each named speaker.
 */
export function quotesBySpeaker(): Array<{ speaker?: QuoteSpeaker; quotes: QuoteGroup[] }> {
  const groups = new Map<string, { speaker?: QuoteSpeaker; quotes: QuoteGroup[] }>();
  const add = (key: string, speaker: QuoteSpeaker | undefined, q: QuoteGroup) => {
    const entry = groups.get(key) ?? { ...(speaker && { speaker }), quotes: [] };
    if (!entry.quotes.includes(q)) entry.quotes.push(q);
    groups.set(key, entry);
  };
  for (const q of siteData().story.quotes) {
    const named = q.status === 'attributed-differently' ? q.sources.flatMap((s) => (s.speaker?.entity ? [s.speaker] : [])) : q.speaker ? [q.speaker] : [];
    if (!named.length) add('', undefined, q);
    for (const speaker of named) add(speaker.entity ?? `~${speaker.name}`, speaker, q);
  }
  const rank = (g: { speaker?: QuoteSpeaker }) => (g.speaker?.entity ? 0 : g.speaker ? 1 : 2);
  return [...groups.values()].sort((a, b) => rank(a) - rank(b) || b.quotes.length - a.quotes.length || (a.speaker?.name ?? '').localeCompare(b.speaker?.name ?? ''));
}
