import { dateSortKey } from '../calendar';
import type { DateMention } from '../extract';
import type { AnalyzedEvent } from '../schema/story';
import type { ArticleMentions, At, Reference } from './extract-article';
import { readableId, uniqueIds } from './ids';
import { contentWords, jaccard } from './words';
import { mentionKey } from './entities';

/** Calendar values a timeline can place; "the 1990s" or "now" are not events. */
const PLACEABLE = /^\d{4}(?:-\d{2}(?:-\d{2})?|-W\d{2}|-Q[1-4]|-(?:SP|SU|FA|WI))?$/;
/** A TimeML part of the day after a date: morning, afternoon, evening, night. */
const PART_OF_DAY = /T(?:MO|AF|EV|NI)$/;
/** How alike two sentences with the same date must be to report one event. */
const SAME_EVENT = 0.2;

interface Candidate {
  article: string;
  order: number;
  anchor: string;
  quote: string;
  date: At<DateMention>;
  inferred: boolean;
  /** The date lies after the article's reference date, or the sentence speaks of the future. */
  future: boolean;
  entities: string[];
  words: Set<string>;
}

export interface DatedArticle {
  mentions: ArticleMentions;
  reference: Reference | undefined;
  dates: At<DateMention>[];
}

function candidates(dated: DatedArticle[], entityOf: Map<string, string>, order: Map<string, number>): Candidate[] {
  return dated.flatMap(({ mentions, reference, dates }) => {
    const entitiesBySentence = new Map<string, Set<string>>();
    for (const e of mentions.entities) {
      const id = entityOf.get(mentionKey(e.at));
      if (id) entitiesBySentence.set(e.at.anchor, (entitiesBySentence.get(e.at.anchor) ?? new Set()).add(id));
    }
    const seen = new Set<string>();
    return dates.flatMap((dated) => {
      // "Friday evening" (2006-11-24TEV) is an event of that day.
      const date = dated.value ? { ...dated, value: dated.value.replace(PART_OF_DAY, '') } : dated;
      const key = `${date.at.anchor}|${date.value}`;
      if (!date.value || !PLACEABLE.test(date.value) || seen.has(key)) return [];
      seen.add(key);
      const quote = mentions.text.sentence(date.at.anchor)!.text;
      const entities = [...(entitiesBySentence.get(date.at.anchor) ?? [])].sort();
      return [
        {
          article: mentions.article.id,
          order: order.get(mentions.article.id)!,
          anchor: date.at.anchor,
          quote,
          date,
          inferred: date.relative && (reference?.inferred ?? true),
          future: date.future || (reference !== undefined && dateSortKey(date.value) > reference.value),
          entities,
          words: new Set([...contentWords(quote), ...entities]),
        },
      ];
    });
  });
}

/** Two dated sentences report one event: alike in words, and about a common entity when both name any. */
function sameEvent(a: Candidate, b: Candidate): boolean {
  const sharedEntity = a.entities.length === 0 || b.entities.length === 0 || a.entities.some((e) => b.entities.includes(e));
  return sharedEntity && jaccard(a.words, b.words) >= SAME_EVENT;
}

/**
 * Dated sentences become events; sentences from any article with the same date that say much
 * the same thing are one event with several sources.
 */
export function buildTimeline(dated: DatedArticle[], entityOf: Map<string, string>): AnalyzedEvent[] {
  const order = new Map(dated.map((d, i) => [d.mentions.article.id, i]));
  const groups: Candidate[][] = [];
  for (const candidate of candidates(dated, entityOf, order)) {
    const group = groups.find((g) => g[0]!.date.value === candidate.date.value && sameEvent(g[0]!, candidate));
    if (group) group.push(candidate);
    else groups.push([candidate]);
  }
  groups.sort((a, b) => {
    const [ka, kb] = [dateSortKey(a[0]!.date.value!), dateSortKey(b[0]!.date.value!)];
    return ka < kb ? -1 : ka > kb ? 1 : a[0]!.order - b[0]!.order || a[0]!.anchor.localeCompare(b[0]!.anchor, 'en', { numeric: true });
  });
  const ids = uniqueIds(
    groups,
    (g) => `${g[0]!.date.value!.toLowerCase()}-${readableId(g[0]!.quote, 5)}`,
    (g) => `${g[0]!.article}#${g[0]!.anchor}`,
  );
  return groups.map((group, i) => {
    const first = group[0]!;
    return {
      id: ids[i]!,
      date: { value: first.date.value!, precision: first.date.precision as AnalyzedEvent['date']['precision'], inferred: group.every((c) => c.inferred) },
      future: first.future,
      summary: first.quote,
      entities: [...new Set(group.flatMap((c) => c.entities))].sort(),
      sources: group.map((c) => ({
        article: c.article,
        anchor: c.anchor,
        quote: c.quote,
        dateText: c.date.text,
        span: { unit: c.date.at.unit, start: c.date.at.start, end: c.date.at.end },
      })),
    };
  });
}
