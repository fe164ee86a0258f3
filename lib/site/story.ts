import { loadArticles, type LoadedContent } from '../content';
import type { Article } from '../schema/content';
import { CONTENT_DIR } from './config';

let cached: LoadedContent | undefined;

/** The whole story, loaded once per build process; pages ask for what they need from it. */
export function getStory(): LoadedContent {
  if (!cached) {
    cached = loadArticles(CONTENT_DIR);
    for (const notice of cached.notices) console.warn(`content notice: ${notice}`);
  }
  return cached;
}

export function getArticles(): Article[] {
  return getStory().articles;
}

export function getArticleBySlug(slug: string): Article | undefined {
  return getArticles().find((a) => a.slug === slug);
}
