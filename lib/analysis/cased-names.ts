import type { EntityMention } from '../extract';
import type { ArticleMentions } from './extract-article';
import { nounClass } from '../wordnet';

/** Types of name a report may write with its common nouns in lower case: plans, agreements, laws. */
const CASED_TYPES = new Set(['agreement', 'law', 'other']);
/** A name whose last words are capitalised common nouns after its own first words: "Busan Roadmap", "Hanoi Action Plan". */
const TITLE_CASED = /^(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*?)((?:\s+\p{Lu}\p{Ll}+)+)$/u;

/**
 * One report's "Busan Roadmap" is another's "Busan roadmap": where the story writes a plan's
 * name in title case, the same words with its last words in lower case, right after a mention
 * of its first words, are that name too. The lower case shows they are common nouns.
 */
export function withStoryCasedNames(articles: ArticleMentions[]): ArticleMentions[] {
  // Keyed by the name's first words and its last ones in lower case: "Busan", " roadmap".
  const names = new Map<string, { first: string; rest: string; canonical: string; type: EntityMention['type'] }>();
  for (const { entities } of articles) {
    for (const e of entities) {
      const m = TITLE_CASED.exec(e.text);
      // "PKK Members" written for emphasis is no name of PKK's members.
      if (!m || !CASED_TYPES.has(e.type) || nounClass(m[2]!.trim().split(/\s+/).at(-1)!) === 'person') continue;
      const [first, rest] = [m[1]!, m[2]!.toLowerCase()];
      names.set(`${first}${rest}`, { first, rest, canonical: e.canonical, type: e.type });
    }
  }
  if (names.size === 0) return articles;
  return articles.map((article) => {
    const text = article.text.text;
    let changed = false;
    const entities = article.entities.map((e) => {
      for (const { first, rest, ...name } of names.values()) {
        if (e.text !== first || text.slice(e.end, e.end + rest.length) !== rest) continue;
        const end = e.end + rest.length;
        const at = /^\p{L}/u.test(text[end] ?? '') ? undefined : article.text.locate(e.start, end);
        if (!at) continue;
        changed = true;
        // The name's own entity in this article, if it names it elsewhere; a new one otherwise.
        const entityId = article.entities.find((o) => o.canonical === name.canonical)?.entityId ?? `cased:${name.canonical}`;
        return { start: e.start, end, text: text.slice(e.start, end), canonical: name.canonical, type: name.type, entityId, at };
      }
      return e;
    });
    return changed ? { ...article, entities } : article;
  });
}
