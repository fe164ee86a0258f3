import { Story, type StoryAnalysis } from '../schema/story';
import { routes } from './routes';

/**
 * The analysis as the site publishes it: every article, entity, event and fact with its
 * permalink. lib/analysis knows no URLs; this is the one place they are added.
 */
export function withPermalinks(analysis: StoryAnalysis): Story {
  return Story.parse({
    articles: analysis.articles.map((a) => ({ ...a, url: routes.article(a.slug) })),
    entities: analysis.entities.map((e) => ({ ...e, url: routes.entity(e.slug) })),
    timeline: analysis.timeline.map((e) => ({ ...e, url: routes.event(e.id) })),
    facts: analysis.facts.map((f) => ({ ...f, url: routes.fact(f.id) })),
    quotes: analysis.quotes.map((q) => ({ ...q, url: routes.quote(q.id) })),
    relations: analysis.relations,
  });
}
