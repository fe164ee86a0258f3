import type { Word } from './words';
import { NUMBER_WORDS, VAGUE_MAGNITUDES } from './data/numbers';

const ACRONYM = /^[A-Z]{2,}$/;
const PLURAL_ACRONYM = /^([A-Z]{2,})s$/;
const isNumber = (word: Word) => /^\d[\d,.]*$/.test(word.text) || word.lower in NUMBER_WORDS || word.lower in VAGUE_MAGNITUDES;

/**
 * Acronyms a text uses as common nouns, not names: counted or made plural ("MPs", "NGOs",
 * "183 CD's"), or spelling the lower-case words before them ("intercontinental ballistic missiles
 * (ICBMs)"). A body or a place is neither counted nor spelt out in lower case. Every mention of
 * such an acronym in the text is then no entity.
 */
export function commonAcronyms(words: Word[], text: string): Set<string> {
  const found = new Set<string>();
  words.forEach((w, i) => {
    const plural = PLURAL_ACRONYM.exec(w.text)?.[1];
    if (plural) found.add(plural);
    if (!ACRONYM.test(w.text)) return;
    // "183 CD's": after a number, the "'s" makes a plural, not a possessive.
    const previous = words[i - 1];
    if (w.possessive && previous && isNumber(previous) && /^\s+$/.test(w.gap ?? '')) found.add(w.text);
    if (text[w.start - 1] === '(' && spellsOut(w.text, words, i, text)) found.add(w.text);
  });
  return found;
}

/**
 * Whether lower-case words just before "(ICBM" spell it: each word gives the next letter with its
 * first one, and may give the letters after it from inside ("intercontinental ballistic missile").
 */
function spellsOut(acronym: string, words: Word[], at: number, text: string): boolean {
  const letters = acronym.toLowerCase();
  for (let count = 1; count <= letters.length && count <= at; count++) {
    const before = words.slice(at - count, at);
    if (!/^\s*\($/.test(text.slice(before.at(-1)!.end, words[at]!.start)) || !before.every((w) => /^\p{Ll}/u.test(w.text))) return false;
    if (spells(letters, before.map((w) => w.lower))) return true;
  }
  return false;
}

function spells(letters: string, words: string[]): boolean {
  if (words.length === 0) return letters === '';
  const [word, ...rest] = words;
  if (!word || word[0] !== letters[0]) return false;
  // Take 1, 2, … letters from this word, each found in order inside it.
  for (let taken = 1, from = 1; taken <= letters.length - rest.length; taken++) {
    if (spells(letters.slice(taken), rest)) return true;
    const next = word.indexOf(letters[taken]!, from);
    if (next < 0) return false;
    from = next + 1;
  }
  return false;
}
