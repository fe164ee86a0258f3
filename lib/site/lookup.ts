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

/** Quote groups by the speaker most sources give: named speakers by how much they said, then the rest. */
export function quotesBySpeaker(): Array<{ speaker?: QuoteSpeaker; quotes: QuoteGroup[] }> {
  const groups = new Map<string, { speaker?: QuoteSpeaker; quotes: QuoteGroup[] }>();
  for (const q of siteData().story.quotes) {
    const key = q.speaker ? (q.speaker.entity ?? `~${q.speaker.name}`) : '';
    const entry = groups.get(key) ?? { ...(q.speaker && { speaker: q.speaker }), quotes: [] };
    entry.quotes.push(q);
    groups.set(key, entry);
  }
  const rank = (g: { speaker?: QuoteSpeaker }) => (g.speaker?.entity ? 0 : g.speaker ? 1 : 2);
  return [...groups.values()].sort((a, b) => rank(a) - rank(b) || b.quotes.length - a.quotes.length || (a.speaker?.name ?? '').localeCompare(b.speaker?.name ?? ''));
}
