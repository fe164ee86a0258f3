import { analyzeStory } from '../analysis';
import { loadArticles, type LoadedContent } from '../content';
import type { MarkIndex } from './marks';
import type { Article } from '../schema/content';
import type { Entity, FactGroup, QuoteGroup, Story, StoryArticle } from '../schema/story';
import { articleMarks } from './annotations';
import { CONTENT_DIR } from './config';
import { withPermalinks } from './story-urls';

/**
 * Everything pages read, in one place: the loaded articles, the story with its permalinks,
 * indexes by id and slug, and the marks of each article's text.
 *
 * Computed once per process, not with React's cache(): cache() memoises per request, and a
 * static export renders every page as a request of its own, so it would rerun the whole
 * pipeline for each of hundreds of pages. The content cannot change during a build.
 */
export interface SiteData {
  content: LoadedContent;
  story: Story;
  articles: Map<string, StoryArticle>;
  articlesBySlug: Map<string, StoryArticle>;
  entities: Map<string, Entity>;
  facts: Map<string, FactGroup>;
  quotes: Map<string, QuoteGroup>;
  marks: Map<string, MarkIndex>;
}

let data: SiteData | undefined;

export function siteData(): SiteData {
  data ??= computeSiteData();
  return data;
}

function computeSiteData(): SiteData {
  const content = loadContent();
  const story = withPermalinks(analyzeStory(content.articles));
  return {
    content,
    story,
    articles: new Map(story.articles.map((a) => [a.id, a])),
    articlesBySlug: new Map(story.articles.map((a) => [a.slug, a])),
    entities: new Map(story.entities.map((e) => [e.id, e])),
    facts: new Map(story.facts.map((f) => [f.id, f])),
    quotes: new Map(story.quotes.map((q) => [q.id, q])),
    marks: articleMarks(story),
  };
}

/** The articles, validated; notices (e.g. two titles sharing a slug) are printed once. */
export function loadContent(): LoadedContent {
  const content = loadArticles(CONTENT_DIR);
  for (const notice of content.notices) console.warn(`content notice: ${notice}`);
  return content;
}

export function getArticles(): Article[] {
  return siteData().content.articles;
}

export function getArticleBySlug(slug: string): Article | undefined {
  return getArticles().find((a) => a.slug === slug);
}

/** The marks of one article's text: entities, dates and figures linked to their pages. */
export function marksFor(articleId: string): MarkIndex {
  return siteData().marks.get(articleId) ?? new Map();
}
