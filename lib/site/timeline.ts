import type { Entity, TimelineEvent } from '../schema/story';
import { lookup } from './lookup';

const MAX_ENTITY_FILTERS = 16;

/** Entities worth filtering the timeline by: those in most events (at least two). */
export function timelineEntities(): { entity: Entity; events: number }[] {
  const { story, entities } = lookup();
  const counts = new Map<string, number>();
  for (const event of story.timeline) for (const id of event.entities) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts]
    .filter(([, n]) => n >= 2)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, MAX_ENTITY_FILTERS)
    .map(([id, events]) => ({ entity: entities.get(id)!, events }));
}

export function eventsOfArticle(articleId: string): TimelineEvent[] {
  return lookup().story.timeline.filter((e) => e.sources.some((s) => s.article === articleId));
}
