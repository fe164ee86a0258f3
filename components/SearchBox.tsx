'use client';

import MiniSearch, { type SearchResult } from 'minisearch';
import { useEffect, useState } from 'react';
import { SEARCH_OPTIONS, type SearchDocument } from '@/lib/site/search-options';

const MAX_RESULTS = 30;

type Result = SearchResult & Pick<SearchDocument, 'kind' | 'title' | 'url' | 'meta'>;

/**
 * Full-text search in the browser over the index built at build time. The query is kept in the
 * address (?q=) so a search can be shared. Links are given with the base path already applied.
 */
export function SearchBox({ indexUrl, basePath }: { indexUrl: string; basePath: string }) {
  const [index, setIndex] = useState<MiniSearch<SearchDocument>>();
  const [failed, setFailed] = useState(false);
  const [query, setQuery] = useState('');
  // Rendered only once JavaScript runs: without it the page shows its <noscript> advice instead.
  const [mounted, setMounted] = useState(false);

  useEffect(() => {
    setMounted(true);
    setQuery(new URLSearchParams(window.location.search).get('q') ?? '');
    fetch(indexUrl)
      .then((response) => response.text())
      .then((json) => setIndex(MiniSearch.loadJSON<SearchDocument>(json, SEARCH_OPTIONS)))
      .catch(() => setFailed(true));
  }, [indexUrl]);

  useEffect(() => {
    const url = new URL(window.location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    window.history.replaceState(null, '', url);
  }, [query]);

  if (!mounted) return null;
  const results = index && query.trim() ? (index.search(query) as Result[]).slice(0, MAX_RESULTS) : [];
  return (
    <div className="search">
      <form role="search" className="search-box" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor="search-input" className="visually-hidden">
          Search the story
        </label>
        <input
          id="search-input"
          autoFocus
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder="A name, a place, a number…"
          autoComplete="off"
        />
      </form>
      <p role="status" className="meta">
        {failed
          ? 'The search index could not be loaded.'
          : !index
            ? 'Loading the search index…'
            : query.trim()
              ? `${results.length} result${results.length === 1 ? '' : 's'}`
              : 'Type to search articles, entities, events, facts and quotes.'}
      </p>
      <ol className="search-results">
        {results.map((r) => (
          <li key={r.id}>
            <span className="result-kind">{r.kind}</span>
            <a href={`${basePath}${r.url}`}>{r.title}</a>
            <br />
            <span className="meta">{r.meta}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}
