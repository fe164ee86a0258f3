import nlp from 'compromise';
import { isVerb } from '../wordnet';

/** Longer than a caption: a picture is named in a line, not a paragraph. */
const MAX_CAPTION_WORDS = 30;

/** "blames", "hosts": a present-tense verb compromise may read as a plural noun. */
const mayBePresentTense = (word: string) => (/[^s]s$/.test(word) && isVerb(word.slice(0, -1))) || (/[^s]es$/.test(word) && isVerb(word.slice(0, -2)));

/**
 * A picture's caption without a credit: one sentence that says who or what is shown, where and
 * when, with no finite verb ("Tom Perez, the chairman of the party, during its winter meeting in
 * Atlanta last February."). News sentences say what happened; a caption shows it. Lines with
 * figures, quotes, brackets or a colon are other things (tables, glossaries, quotes, labels).
 */
export function isVerblessCaption(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length < 5 || words.length > MAX_CAPTION_WORDS || !/^\p{Lu}/u.test(text) || !/\.$/.test(text.trim())) return false;
  if (/["“”‘:;()→]/.test(text) || /\d/.test(text.replace(/\b(?:1[89]|20)\d\d\b/g, ''))) return false;
  const doc = nlp(text);
  if (doc.sentences().length !== 1 || doc.has('(#PastTense|#PresentTense|#Modal|#Copula|#Auxiliary|#Infinitive)')) return false;
  return !words.slice(1).some((w) => {
    const word = w.replace(/[.,]$/, '');
    return /^\p{Ll}+$/u.test(word) && mayBePresentTense(word);
  });
}
