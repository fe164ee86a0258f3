import { lookupName } from '../extract';
import type { AnalyzedEntity } from '../schema/story';
import { isCommonWord } from '../wordnet';
import type { ArticleMentions } from './extract-article';

/**
 * A headline naming an entity the story knows ("Russia, US sign agreement on WTO deal in Vietnam")
 * is about it too: the entity lists the article, with the headline. Only names found in the story's
 * sentences, and only those no reader would take for a common word: a headline's capitals prove
 * nothing ("Trump Says He Will Meet May"), so "May" or "Post" never match, while "US" does.
 */
export function withHeadlines(entities: AnalyzedEntity[], articles: ArticleMentions[], order: Map<string, number>): AnalyzedEntity[] {
  const owners = new Map<string, Set<string>>();
  for (const e of entities) {
    for (const form of [e.name, ...e.aliases]) if (isDistinctive(form)) owners.set(form, (owners.get(form) ?? new Set()).add(e.id));
  }
  // Longest forms first: "North Korea" is matched before a "Korea" inside it.
  const forms = [...owners]
    .filter(([, ids]) => ids.size === 1)
    .sort((a, b) => b[0].length - a[0].length)
    .map(([form, ids]) => ({ at: new RegExp(String.raw`(?<![\p{L}\p{N}.-])${escape(form)}(?![\p{L}\p{N}-])`, 'u'), id: [...ids][0]! }));
  const added = new Map<string, Array<{ article: string; text: string }>>();
  for (const { article } of articles) {
    for (const block of article.blocks) {
      if (block.type !== 'headline') continue;
      let text = block.text;
      for (const { at, id } of forms) {
        if (!at.test(text)) continue;
        text = text.replace(at, (m) => ' '.repeat(m.length));
        const seen = added.get(id) ?? [];
        // "UN" and "United Nations" in one headline: the article is listed once.
        if (!seen.some((h) => h.article === article.id)) added.set(id, [...seen, { article: article.id, text: block.text }]);
      }
    }
  }
  return entities.map((e) => {
    const headlines = added.get(e.id)?.filter((h) => !e.articles.includes(h.article));
    if (!headlines?.length) return e;
    const ids = new Set([...e.articles, ...headlines.map((h) => h.article)]);
    return { ...e, articles: [...ids].sort((a, b) => order.get(a)! - order.get(b)!), headlines };
  });
}

/** A name, not a word: known to the gazetteer, several words, or no English word ("Xinhua"). */
function isDistinctive(form: string): boolean {
  if (form.length < 2 || !/^\p{Lu}/u.test(form)) return false;
  return lookupName(form) !== undefined || /\s/.test(form) || !isCommonWord(form.toLowerCase());
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
