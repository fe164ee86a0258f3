import type { EntityAge } from '../schema/story';
import { mentionKey } from './entities';
import type { ArticleMentions } from './extract-article';
import { isAge } from './figure-noise';

/** How far after an age a name may stand and still be the one it describes ("the 21-year-old, Ana Ruiz"). */
const NAME_AFTER = 40;

/**
 * Ages belong to their people, not to fact groups: "Ana Ruiz, 23," and "his 18-year-old brother,
 * Luis Ruiz" give the age of the person named right before or right after, in the same sentence.
 * An age with no person next to it ("the 21-year-old said") is given to no one.
 */
export function agesOf(articles: ArticleMentions[], entityOf: Map<string, string>): Map<string, EntityAge[]> {
  const ages = new Map<string, EntityAge[]>();
  for (const { article, text, entities, figures } of articles) {
    for (const figure of figures) {
      if (!isAge(figure, text.text)) continue;
      const people = entities.filter((e) => e.type === 'person' && e.at.anchor === figure.at.anchor);
      const before = people.filter((e) => e.end <= figure.start && /^,\s*$/.test(text.text.slice(e.end, figure.start))).at(-1);
      const after = people.find((e) => e.start >= figure.end && e.start - figure.end <= NAME_AFTER && !/[.;]/.test(text.text.slice(figure.end, e.start)));
      const person = before ?? after;
      const id = person && entityOf.get(mentionKey(person.at));
      if (!id) continue;
      ages.set(id, [...(ages.get(id) ?? []), { article: article.id, age: figure.value, text: figure.text, anchor: figure.at.anchor }]);
    }
  }
  return ages;
}
