import type { Citation, Entity, FactGroup, Story, StoryArticle, TimelineEvent } from '../schema/story';
import { getAnalysis } from './analysis';

/** Indexes over the analysis, built once, for pages that look things up by id or slug. */
interface Lookup {
  story: Story;
  articles: Map<string, StoryArticle>;
  articlesBySlug: Map<string, StoryArticle>;
  entities: Map<string, Entity>;
  facts: Map<string, FactGroup>;
}

let cached: Lookup | undefined;

export function lookup(): Lookup {
  if (!cached) {
    const story = getAnalysis();
    cached = {
      story,
      articles: new Map(story.articles.map((a) => [a.id, a])),
      articlesBySlug: new Map(story.articles.map((a) => [a.slug, a])),
      entities: new Map(story.entities.map((e) => [e.id, e])),
      facts: new Map(story.facts.map((f) => [f.id, f])),
    };
  }
  return cached;
}

/** The permalink of a cited sentence. */
export function citationUrl(citation: Pick<Citation, 'article' | 'anchor'>): string {
  return `${lookup().articles.get(citation.article)!.url}#${citation.anchor}`;
}

export function articleOf(id: string): StoryArticle {
  return lookup().articles.get(id)!;
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
  return lookup().story.articles.filter((a) => ids.has(a.id));
}

export function eventsWithEntity(entityId: string): TimelineEvent[] {
  return lookup().story.timeline.filter((e) => e.entities.includes(entityId));
}
