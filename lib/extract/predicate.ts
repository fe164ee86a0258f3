import nlp from 'compromise';
import { isBearing } from './measure';
import { firstWordFrom, type Word } from './words';
import { DEATHS, HURT } from './data/states';

/**
 * What happened to a counted thing, as its clause says: "32 miners were killed" → kill,
 * "killing all 24 miners" → kill, "24 people were confirmed dead" → die, "34 were trapped" →
 * trap. Two figures are one fact only when this agrees (see lib/analysis/fact-identity).
 */
export interface Predicate {
  lemma: string;
  pos: 'verb' | 'adj';
  /**
   * How the clause says it: of the counted thing ("were killed", "were confirmed dead", "72
   * hostages held"), with it as object ("killing all 24"), or as what it did ("24 nations
   * signed"). Only the first two say what happened to it.
   */
  via: 'state' | 'object' | 'subject';
}

/** Verbs that report or judge rather than happen: "were confirmed dead" is about "dead". */
const REPORTING = new Set(['confirm', 'report', 'fear', 'believe', 'say', 'find', 'know', 'think', 'presume', 'declare', 'list', 'feel', 'seem', 'appear', 'remain', 'become', 'go', 'get', 'be', 'have', 'leave', 'prove']);
/** Between a counted noun and its predicate: "were", "have been", "will each", "were reportedly", "all". */
const PASSABLE = (w: Word) => w.tags.has('Auxiliary') || w.tags.has('Modal') || w.tags.has('Copula') || w.tags.has('Adverb') || w.tags.has('Negative') || /^(?:all|both|each|still|also|later|then)$/.test(w.lower);
const RELATIVE = /^(?:that|who|which)$/;
/** Between a verb and the figure it governs: "killing all 24", "freed at least 71", "trapped some 47". */
const BEFORE_FIGURE = /^(?:all|the|some|about|around|nearly|almost|at|least|more|than|over|up|to|another|its|their|his|her|only|just|roughly|approximately|an|a|estimated)$/;
/** "the death toll rose to 35", "claimed 17 lives": ways of saying people died. */
const DEATH_TOLL = /\b(?:death|casualty|fatality)\s+toll\b|\btoll\b/i;
const LIVES = /^(?:lives|life)$/i;
const WINDOW = 5;
/** "21 of the …", "some of their …": a part of a set. */
const PARTITIVE = /^\s+of\s+(?:the|its|their|his|her|these|those|our)\b/i;

/** A word that follows the one before it in the same clause: only spaces between them. */
const spaced = (w: Word | undefined) => w !== undefined && w.gap !== undefined && /^[ \t]+$/.test(w.gap);

/** A state said with an adjective that WordNet links to no event verb. */
const STATE_EVENTS = new Map([['dead', 'die']]);

const verbLemmas = new Map<string, string>();

/** The infinitive of a verb form, read as a verb whatever its context made of it ("killing", "trapped"). */
export function verbLemma(word: string): string {
  let lemma = verbLemmas.get(word);
  if (lemma === undefined) {
    lemma = (nlp(word).verbs().toInfinitive().text() || nlp(`they ${word}`).verbs().toInfinitive().text()).toLowerCase();
    verbLemmas.set(word, lemma);
  }
  return lemma;
}

/** Words compromise may call adjectives that only place or bound a number ("85 over the past days"). */
const NOT_PREDICATES = new Set(['over', 'under', 'about', 'around', 'above', 'below', 'beyond', 'against', 'more', 'less', 'fewer', 'other', 'last', 'next', 'past', 'first', 'such', 'same', 'many', 'few']);

function lemmaOf(w: Word, verbsOnly = false): Omit<Predicate, 'via'> | undefined {
  if (NOT_PREDICATES.has(w.lower)) return undefined;
  const state = STATE_EVENTS.get(w.lower);
  if (state) return { lemma: state, pos: 'verb' };
  // "during", "including" end like participles but are prepositions here.
  if (w.tags.has('Auxiliary') || w.tags.has('Modal') || w.tags.has('Copula') || w.tags.has('ProperNoun') || w.tags.has('Value') || w.tags.has('Preposition')) return undefined;
  // compromise tags "killing" after a comma a noun and "trapped" an adjective: both are verbs here.
  const verb = w.tags.has('Verb') || /(?:ed|en|ing)$/.test(w.lower) ? verbLemma(w.lower) : '';
  if (verb) return { lemma: verb, pos: 'verb' };
  if (!verbsOnly && (w.tags.has('Adjective') || /ing$/.test(w.lower))) return { lemma: w.lower, pos: 'adj' };
  return undefined;
}

/** The predicate after the counted phrase: "… miners were (confirmed) killed", "… others went missing". */
function after(words: Word[], from: number): Predicate | undefined {
  let linked = false;
  for (let j = from, seen = 0; j < words.length && seen < WINDOW && spaced(words[j]); j++, seen++) {
    const w = words[j]!;
    // "the three committees that requested": a relative clause says what the counted thing did,
    // when a verb follows at once ("the 30 people that police arrested" names another subject).
    if (j === from && RELATIVE.test(w.lower) && words[j + 1] && ['PastTense', 'Copula', 'Auxiliary', 'Modal', 'Adverb'].some((t) => words[j + 1]!.tags.has(t))) continue;
    if (PASSABLE(w)) {
      // "were", "been": what follows is said of the counted thing; "can", "will" say nothing of it.
      linked ||= w.tags.has('Copula') || /^(?:be|been|being|is|are|was|were|get|got|gotten)$/.test(w.lower);
      continue;
    }
    // "50 km north of Kabul", "20 kilometres outside the capital": where, not what happened.
    if (j === from && isBearing(words, j)) return undefined;
    const predicate = lemmaOf(w);
    if (!predicate) return undefined;
    if (REPORTING.has(predicate.lemma) && words[j + 1] && spaced(words[j + 1])) {
      linked = true;
      // "are believed to have died": what they are said to have done follows the "to".
      if (words[j + 1]!.lower === 'to') j++;
      continue;
    }
    // "were killed", "went missing": a state of the counted thing; "24 nations signed": an act of it.
    const state = linked || j === from && /(?:ed|en)$/.test(w.lower) || STATE_EVENTS.has(w.lower) || predicate.pos === 'adj';
    return REPORTING.has(predicate.lemma) ? undefined : { ...predicate, via: state ? 'state' : 'subject' };
  }
  return undefined;
}

/** What happened to the people a word counts by what happened to them: "dead", "deaths", "wounded". */
export function stateOfCounted(head: string): Predicate | undefined {
  if (DEATHS.test(head)) return { lemma: 'die', pos: 'verb', via: 'state' };
  return HURT.test(head) ? { lemma: verbLemma(head.toLowerCase()), pos: 'verb', via: 'state' } : undefined;
}

/** How far back from ", including" the verb of the whole may stand: "killed 217 Moslem pilgrims, including". */
const WHOLE_WINDOW = 8;

/** The verb of the whole a ", including N" part belongs to: "killed" in "killed 217 pilgrims, including 100 Indians". */
function includedIn(words: Word[], figure: number): Predicate | undefined {
  let k = figure - 1;
  while (k >= 0 && BEFORE_FIGURE.test(words[k]!.lower)) k--;
  if (words[k]?.lower !== 'including' || !/^,\s+$/.test(words[k]!.gap ?? '')) return undefined;
  for (let j = k - 1, seen = 0; j >= 0 && seen < WHOLE_WINDOW && (j === k - 1 || spaced(words[j + 1])) && words[j]!.sentence === words[k]!.sentence; j--, seen++) {
    if (!words[j]!.tags.has('Verb')) continue;
    const predicate = lemmaOf(words[j]!, true);
    return predicate && !REPORTING.has(predicate.lemma) ? { ...predicate, via: 'object' } : undefined;
  }
  return undefined;
}

/** The verb the figure is the object of: "killing all 24 miners", "trapped 47". */
function before(words: Word[], figure: number): Predicate | undefined {
  for (let k = figure - 1, seen = 0; k >= 0 && seen < WINDOW && spaced(words[k + 1]); k--, seen++) {
    const w = words[k]!;
    if (BEFORE_FIGURE.test(w.lower)) continue;
    const predicate = lemmaOf(w, true);
    // "the raid to free the 72 hostages": a purpose after a noun says what was meant, not what happened.
    if (words[k - 1]?.lower === 'to' && words[k - 2]?.tags.has('Noun') && !words[k - 2]!.tags.has('Pronoun')) return undefined;
    return predicate && !REPORTING.has(predicate.lemma) ? { ...predicate, via: 'object' } : undefined;
  }
  return undefined;
}

/**
 * The predicate of a figure spanning `start`..`end` that counts `counted` (the head of its
 * noun phrase, and where the phrase ends). Undefined when the clause does not say.
 */
export function predicateOf(words: Word[], text: string, start: number, end: number, counted?: { head: string; end: number }): Predicate | undefined {
  const measureEnd = counted && counted.end > end ? counted.end : end;
  const first = firstWordFrom(words, start);
  if (first === -1) return undefined;
  // "freed 21 of the schoolgirls abducted in 2014": what follows the set says what happened to
  // the whole set, not to the 21; only the verb before the number speaks of them.
  if (PARTITIVE.test(text.slice(end, end + 20))) return before(words, first);
  const next = firstWordFrom(words, Math.max(end, measureEnd));
  const sentence = words[first]!.sentence;
  const clauseBefore = text.slice(Math.max(0, start - 80), start);
  const following = next === -1 || words[next]!.sentence !== sentence ? undefined : after(words, next);
  // "the 72 hostages held in …": a participle right after the counted noun says what they are.
  const participle = following && next !== -1 && spaced(words[next]) && /(?:ed|en)$/.test(words[next]!.lower) ? following : undefined;
  const found = participle ?? before(words, first) ?? following;
  // "claimed 17 lives", "the death toll climbed to 35": people died.
  if (counted && LIVES.test(counted.head) && found?.pos === 'verb') return { lemma: 'die', pos: 'verb', via: 'state' };
  // "left 343 dead", "left more than 1,500 wounded": people died, people were wounded.
  const state = counted && stateOfCounted(counted.head);
  if (state) return state;
  // "killed 217 pilgrims, including 100 Indians": the part shares what happened to the whole.
  if (found?.lemma === 'include' && found.via === 'object') return includedIn(words, first) ?? found;
  if (DEATH_TOLL.test(clauseBefore.split(/[.;!?]/).at(-1) ?? '') && (!found || /^(?:rise|climb|reach|stand|increase|jump|hit|mount|soar)$/.test(found.lemma))) return { lemma: 'die', pos: 'verb', via: 'state' };
  return found;
}
