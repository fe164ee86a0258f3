import type { Entity, StoryArticle, TimelineEvent } from '../schema/story';
import { siteData } from './data';

/** Filter lists stay short whatever the size of the story: the sources and entities with most events. */
const MAX_FILTERS = 16;

let filters: { sources: StoryArticle[]; entities: Entity[] } | undefined;

/**
 * The sources and entities worth filtering the timeline by, computed once per build (every
 * timeline page shows them). Every source and entity with events still has its filtered page;
 * it is linked from the source's or entity's own page.
 */
export function timelineFilters(): { sources: StoryArticle[]; entities: Entity[] } {
  if (!filters) {
    const { story, entities, articles } = siteData();
    const top = (counts: Map<string, number>, minimum: number) =>
      [...counts]
        .filter(([, n]) => n >= minimum)
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .slice(0, MAX_FILTERS)
        .map(([id]) => id);
    const bySource = new Map<string, number>();
    const byEntity = new Map<string, number>();
    for (const event of story.timeline) {
      for (const id of new Set(event.sources.map((s) => s.article))) bySource.set(id, (bySource.get(id) ?? 0) + 1);
      for (const id of event.entities) byEntity.set(id, (byEntity.get(id) ?? 0) + 1);
    }
    const sourceOrder = new Map(story.articles.map((a, i) => [a.id, i]));
    filters = {
      sources: top(bySource, 1)
        .sort((a, b) => sourceOrder.get(a)! - sourceOrder.get(b)!)
        .map((id) => articles.get(id)!),
      entities: top(byEntity, 2).map((id) => entities.get(id)!),
    };
  }
  return filters;
}

let withTimeline: Entity[] | undefined;

/**
 * Entities with a filtered timeline page: those in two events or more (one event is linked to
 * directly). Computed once per build.
 */
export function entitiesWithTimeline(): Entity[] {
  if (!withTimeline) {
    const { story } = siteData();
    const counts = new Map<string, number>();
    for (const event of story.timeline) for (const id of event.entities) counts.set(id, (counts.get(id) ?? 0) + 1);
    withTimeline = story.entities.filter((e) => (counts.get(e.id) ?? 0) >= 2);
  }
  return withTimeline;
}

export function eventsOfArticle(articleId: string): TimelineEvent[] {
  return siteData().story.timeline.filter((e) => e.sources.some((s) => s.article === articleId));
}
