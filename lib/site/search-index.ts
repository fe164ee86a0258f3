import MiniSearch from 'minisearch';
import { bodyUnits } from '../content/text-units';
import { formatDateValue } from '../calendar';
import { siteData } from './data';
import { sourceName } from './lookup';
import { SEARCH_OPTIONS, type SearchDocument } from './search-options';
import { getArticles } from './data';
import { typeLabel } from './entity-types';
import { QUOTE_STATUS, quoteTitle } from './fact-status';

/** Everything a reader may look for, as search documents. */
export function searchDocuments(): SearchDocument[] {
  const { story } = siteData();
  return [
    ...getArticles().map((a) => ({
      id: `article:${a.id}`,
      kind: 'Article' as const,
      title: a.title,
      text: bodyUnits(a.blocks).map((u) => u.text).join(' '),
      url: story.articles.find((s) => s.id === a.id)!.url,
      meta: `${a.source ?? 'Source not named'} · ${a.wordCount} words`,
    })),
    ...story.entities.map((e) => ({
      id: `entity:${e.id}`,
      kind: 'Entity' as const,
      title: e.name,
      text: [...e.aliases, ...(e.roles ?? []).map((r) => r.role)].join(' '),
      url: e.url,
      meta: `${typeLabel(e.type)} · ${e.mentions.length} mentions in ${e.articles.length} articles`,
    })),
    ...story.timeline.map((t) => ({
      id: `event:${t.id}`,
      kind: 'Event' as const,
      title: `${formatDateValue(t.date.value)}: ${t.summary}`,
      text: t.sources.map((s) => s.quote).join(' '),
      url: t.url,
      meta: `${t.sources.length} source${t.sources.length === 1 ? '' : 's'}`,
    })),
    ...story.facts.map((f) => ({
      id: `fact:${f.id}`,
      kind: 'Fact' as const,
      title: f.label,
      text: f.claims.map((c) => `${c.text} ${c.quote}`).join(' '),
      url: f.url,
      meta: `${f.status} · ${[...new Set(f.claims.map((c) => c.text))].join(', ')} · ${[...new Set(f.claims.map((c) => sourceName(siteData().articles.get(c.article)!)))].join(', ')}`,
    })),
    ...story.quotes.map((q) => ({
      id: `quote:${q.id}`,
      kind: 'Quote' as const,
      title: quoteTitle(q),
      text: [...new Set(q.sources.flatMap((s) => [s.text, s.speaker?.name ?? '']))].join(' '),
      url: q.url,
      meta: `${QUOTE_STATUS[q.status].label} · ${[...new Set(q.sources.map((s) => sourceName(siteData().articles.get(s.article)!)))].join(', ')}`,
    })),
  ];
}

/** The serialised MiniSearch index the search page loads. */
export function searchIndexJson(): string {
  const index = new MiniSearch<SearchDocument>(SEARCH_OPTIONS);
  index.addAll(searchDocuments());
  return JSON.stringify(index);
}
