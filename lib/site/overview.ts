import type { Entity, FactGroup, StoryArticle } from '../schema/story';
import { siteData } from './data';

const MATRIX_ENTITIES = 12;
/** Columns of the coverage matrix: past this, the sources naming the main entities most. */
const MATRIX_SOURCES = 12;
/** Facts the story page leads with. */
const LEADING_FACTS = 10;

/** How many articles report a fact: one article may give it twice. */
export const sourcesOf = (fact: FactGroup) => new Set(fact.claims.map((c) => c.article)).size;

/**
 * Fact groups several sources report, ranked by how many sources report them; among equals,
 * those that agree (or roughly agree) first, then in story order.
 */
export function sharedFacts(): FactGroup[] {
  const order = { agree: 0, approximate: 1, changed: 2, differ: 3, single: 4 };
  return siteData()
    .story.facts.filter((f) => sourcesOf(f) > 1)
    .sort((a, b) => sourcesOf(b) - sourcesOf(a) || order[a.status] - order[b.status]);
}

/** What the story page leads with. */
export function leadingFacts(): FactGroup[] {
  return sharedFacts().slice(0, LEADING_FACTS);
}

/** The entities most widely covered, for the coverage matrix: most articles, then most mentions. */
export function mainEntities(): Entity[] {
  return [...siteData().story.entities]
    .filter((e) => e.articles.length > 1)
    .sort((a, b) => b.articles.length - a.articles.length || b.mentions.length - a.mentions.length || a.name.localeCompare(b.name))
    .slice(0, MATRIX_ENTITIES);
}

/** Entities every source names. */
export function namedByAll(): Entity[] {
  const { story } = siteData();
  return story.entities.filter((e) => e.articles.length === story.articles.length);
}

/** The sources shown as columns of the coverage matrix, in story order. */
export function coverageSources(entities: Entity[]): StoryArticle[] {
  const { story } = siteData();
  if (story.articles.length <= MATRIX_SOURCES) return story.articles;
  const mentions = (a: StoryArticle) => entities.reduce((n, e) => n + (e.mentionCounts[a.id] ?? 0), 0);
  const chosen = new Set(
    [...story.articles].sort((a, b) => mentions(b) - mentions(a) || (a.id < b.id ? -1 : 1)).slice(0, MATRIX_SOURCES).map((a) => a.id),
  );
  return story.articles.filter((a) => chosen.has(a.id));
}
