import type { Entity, FactGroup, StoryArticle } from '../schema/story';
import { siteData } from './data';

const MATRIX_ENTITIES = 12;
/** Columns of the coverage matrix: past this, the sources naming the main entities most. */
const MATRIX_SOURCES = 12;
const TOP_FACTS = 8;

/** Fact groups several sources report, those that agree (or roughly agree) first. */
export function sharedFacts(): FactGroup[] {
  const order = { agree: 0, approximate: 1, changed: 2, differ: 3, single: 4 };
  return siteData()
    .story.facts.filter((f) => new Set(f.claims.map((c) => c.article)).size > 1)
    .sort((a, b) => order[a.status] - order[b.status] || new Set(b.claims.map((c) => c.article)).size - new Set(a.claims.map((c) => c.article)).size);
}

export function topFacts(): FactGroup[] {
  return sharedFacts().slice(0, TOP_FACTS);
}

/** What the sources agree on: facts with status agree or approximate. */
export function agreements(): FactGroup[] {
  return sharedFacts().filter((f) => f.status === 'agree' || f.status === 'approximate');
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
