import type { Word } from './words';
import { isGroupAdjective } from './gazetteer';

/** English prefixes, in lower case, a hyphen joins to a name: "post-Saddam Hussein era", "anti-Bush", "pro-Moscow", "non-EU". */
const PREFIXES = new Set(['anti', 'pro', 'post', 'pre', 'ex', 'non', 'neo', 'pan', 'trans', 'un', 'counter']);

/**
 * The words with a name behind a prefix read as the name alone: "post-Saddam" as "Saddam",
 * starting after the hyphen, so "post-Saddam Hussein" names Saddam Hussein. The prefix stays
 * in the word's gap, which no name joins across.
 */
export function withoutNamePrefixes(words: Word[], text: string): Word[] {
  return words.map((w) => {
    const [prefix, name] = w.parts;
    // A capitalised prefix is the name's own: "Anti-Secession Law", "Trans-Pacific Partnership".
    // "pro-Syrian President Emile Lahoud" is no Syrian president: a nationality after a prefix stays an adjective.
    if (!prefix || !name || !PREFIXES.has(prefix.text) || !/^\p{Lu}/u.test(name.text) || text[prefix.end] !== '-' || isGroupAdjective(name.text)) return w;
    const rest = text.slice(name.start, w.end);
    return {
      ...w,
      text: rest,
      lower: rest.toLowerCase(),
      start: name.start,
      parts: w.parts.slice(1),
      // The tagger read the whole word ("pro-Moscow": an adjective); what is left is a name.
      tags: new Set(['Noun', 'ProperNoun']),
      gap: `${w.gap ?? ''}${text.slice(w.start, name.start)}`,
      sentenceStart: false,
    };
  });
}
