import type { Options } from 'minisearch';

/** One search document: an article, an entity, a timeline event, a fact group or a quote group. */
export interface SearchDocument {
  id: string;
  kind: 'Article' | 'Entity' | 'Event' | 'Fact' | 'Quote';
  title: string;
  text: string;
  url: string;
  /** A line shown under the result. */
  meta: string;
}

/** The same options build the index at build time and load it in the browser. */
export const SEARCH_OPTIONS: Options<SearchDocument> = {
  fields: ['title', 'text'],
  storeFields: ['kind', 'title', 'url', 'meta'],
  searchOptions: { boost: { title: 3 }, prefix: true, fuzzy: 0.15, combineWith: 'AND' },
};
