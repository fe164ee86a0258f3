import { isWrapper, nonOverlapping, type Mark, type MarkIndex } from './marks';
import type { Story } from '../schema/story';
import { formatDateValue } from '../calendar';

/**
 * For each article, the spans to mark in its text: entity mentions link to the entity page,
 * dates to their timeline event, figures to their fact group.
 */
export function articleMarks(story: Story): Map<string, MarkIndex> {
  const byArticle = new Map<string, Map<string, Mark[]>>();
  const add = (article: string, unit: string, mark: Mark) => {
    const units = byArticle.get(article) ?? new Map<string, Mark[]>();
    units.set(unit, [...(units.get(unit) ?? []), mark]);
    byArticle.set(article, units);
  };
  // Each entity is linked at its first mention in a paragraph: enough to follow, not so many
  // underlines that the text stops reading like an article.
  for (const entity of story.entities) {
    const linked = new Set<string>();
    for (const m of entity.mentions) {
      const key = `${m.article}#${m.unit}`;
      if (linked.has(key)) continue;
      linked.add(key);
      add(m.article, m.unit, { start: m.start, end: m.end, kind: 'entity', href: entity.url, title: `${entity.name} (${entity.type})` });
    }
  }
  for (const event of story.timeline) {
    for (const s of event.sources) {
      add(s.article, s.span.unit, { ...s.span, kind: 'date', href: event.url, title: `Timeline: ${formatDateValue(event.date.value)}` });
    }
  }
  for (const fact of story.facts) {
    for (const c of fact.claims) {
      if (c.span) add(c.article, c.span.unit, { ...c.span, kind: 'figure', href: fact.url, title: `Fact: ${fact.label} (${fact.status})` });
    }
  }
  // Quoted words are wrapped, and the verb of saying links to the speaker.
  const entityUrl = new Map(story.entities.map((e) => [e.id, e.url]));
  for (const group of story.quotes) {
    for (const s of group.sources) {
      if (s.kind === 'indirect') continue;
      const speaker = s.speaker?.name ?? 'a speaker the source does not name';
      add(s.article, s.span.unit, { ...s.span, kind: 'quote', href: group.url, title: `Quote: ${speaker}` });
      const href = s.speaker?.entity && entityUrl.get(s.speaker.entity);
      if (href && s.cueSpan) add(s.article, s.cueSpan.unit, { ...s.cueSpan, kind: 'speaker', href, title: `Said by ${speaker}` });
    }
  }
  for (const units of byArticle.values()) {
    for (const [unit, marks] of units) units.set(unit, [...nonOverlapping(marks.filter((m) => !isWrapper(m))), ...marks.filter(isWrapper).sort((a, b) => a.start - b.start)]);
  }
  return byArticle;
}
