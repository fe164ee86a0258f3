import { WEEKDAYS } from '../calendar';
import { isCommunicationVerb } from '../wordnet';
import { verbLemma } from './predicate';

/**
 * The words of attribution, as plain tokens with offsets: verbs of saying, the pronouns and
 * determiners a speaker starts with, and the small words that may stand between a speaker and
 * the verb ("has also said").
 */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}’'.&-]*/gu;

export function tokensOf(text: string): Token[] {
  return [...text.matchAll(TOKEN)].map((m) => {
    // "Monday." ends a sentence; "U.S." and "Dr." keep their dots.
    const word = /^[\p{Ll}\p{N}]{2,}\.$|^\p{Lu}\p{Ll}{3,}\.$/u.test(m[0]) ? m[0].slice(0, -1) : m[0];
    return { text: word, lower: word.toLowerCase(), start: m.index, end: m.index + word.length };
  });
}

const cueLemmas = new Map<string, string | undefined>();

/**
 * The lemma of a verb of saying written in lower case ("said" → say, "told" → tell, "noted"),
 * or undefined. WordNet decides what counts: one of the verb's first senses is a verb of
 * communication. Auxiliaries and words compromise cannot read as verbs are never cues.
 */
export function cueLemma(token: Token): string | undefined {
  if (!/^\p{Ll}+$/u.test(token.text) || AUXILIARY.has(token.lower)) return undefined;
  if (!cueLemmas.has(token.lower)) {
    const lemma = verbLemma(token.lower);
    cueLemmas.set(token.lower, lemma && isCommunicationVerb(lemma, 2) && !NOT_CUES.has(lemma) ? lemma : undefined);
  }
  return cueLemmas.get(token.lower);
}

/** Verbs WordNet files under communication that never attribute words: one signs a deal, orders troops. */
const NOT_CUES = new Set(['sign', 'order', 'call off', 'name', 'mean', 'read', 'thank', 'spell', 'label', 'title']);

/** Between a speaker and its verb: "has said", "also told", "later added", "repeatedly warned". */
export const AUXILIARY = new Set(['has', 'have', 'had', 'was', 'were', 'is', 'are', 'be', 'been', 'will', 'would', 'could', 'can', 'may', 'might', 'did', 'does', 'do', 'also', 'later', 'then', 'again', 'further', 'previously', 'earlier', 'once', 'not', 'never', 'already']);
export const isAdverb = (t: Token) => AUXILIARY.has(t.lower) || /^\p{Ll}{3,}ly$/u.test(t.text);

/** Pronouns that can name a speaker, and what kind of antecedent each one takes. */
export const PRONOUNS = new Map<string, 'male' | 'female' | 'organization' | undefined>([['he', 'male'], ['she', 'female'], ['it', 'organization'], ['they', undefined], ['we', undefined], ['i', undefined]]);

/** What a described speaker starts with: "the ministry", "a spokesman". Not "his father": whose, the text must say. */
export const DETERMINERS = new Set(['the', 'a', 'an', 'one', 'another']);

/** What ends the head of a description: "a salesperson at a local store", "an official with the agency". */
export const PREPOSITIONS = new Set(['at', 'of', 'for', 'with', 'in', 'from', 'on', 'to', 'by']);

/** What may follow a verb of saying before the reported clause: "said on Monday that", "told reporters in Lima that". */
const FRAME_WORDS = /^(?:on|in|at|late|early|earlier|later|this|last|yesterday|today|tonight|morning|afternoon|evening|night|week|a|an|the|statement|interview|news|conference|briefing|release|press|also|again|then|publicly|separately)$/;
export const isFrameWord = (t: Token) => FRAME_WORDS.test(t.lower) || Object.hasOwn(WEEKDAYS, t.lower);
