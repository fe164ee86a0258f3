import { countryOfCity, countryOfDemonym, isCountry, verbLemma, type DateMention, type FigureMention } from '../extract';
import type { ArticleMentions, At, Reference } from './extract-article';
import { mentionKey, unitOrder } from './entities';
import { isNoFact } from './figure-noise';
import { contentWords, fold } from './words';
import { compoundNoun, isBusinessNoun, isCommunicationVerb } from '../wordnet';
import type { Containment } from './place-containment';

const LIVES = /^(?:life|live)$/;

/** Words either side of a figure that say what it is about ("tariffs on steel", "to border security"). */
const CONTEXT_WORDS = 6;

/** A figure as fact grouping sees it: what it counts, where, when and in which words. */
export interface Candidate {
  figure: At<FigureMention>;
  article: string;
  order: number;
  /** What kind of quantity, in which unit: only like is compared with like. */
  dimension: string;
  /** The measured noun, folded ("troops" → "troop"), when the extractor found one. */
  head?: string;
  /** The measured noun as WordNet knows it, when that is more than the head: "compact disc", "CD". */
  noun?: string;
  /** Context words and the entities of the sentence. */
  context: Set<string>;
  /** Entity ids named in the figure's sentence. */
  entities: Set<string>;
  /**
   * Where the counted thing happened: the places below a country, organizations and facilities
   * the sentence names ("Hilltop Colliery", "Ontario"). Figures whose sentences name different
   * places are about different events.
   */
  anchors: Set<string>;
  /** The anchors that are places and facilities, the innermost of each: the mine, not its province. */
  places: Set<string>;
  /** Those places and every place the story says holds them ("Xinzhou", "Shanxi Province" for the mine). */
  within: Set<string>;
  /** The person whose verb takes it right after their name: "Jackson is averaging 12.3 points". */
  actor?: string;
  /** The countries its sentence names, itself or by a city of theirs. */
  countries: Set<string>;
  /** The date the sentence sets its figure in when that is not the article's own time ("in 1995"). */
  era?: string;
  /**
   * The days the sentence sets its event on ("wrapped up their meeting here Monday"), not the
   * day something was said ("the mine said on Sunday"): two meetings on two days are two events.
   */
  days: Set<string>;
  /**
   * The nations a count is of, by the demonyms around it: "the Indian dead at around 100", "100
   * Indians" count a part of "343 dead", never a version of it.
   */
  nations: Set<string>;
  /** What happened to the count the article gives before this one, if it says: "another" is another of those. */
  previous?: FigureMention['predicate'];
  /** A rate over time ("6,000 lives a year"): a statistic, not an event. */
  perPeriod?: string;
  /** The nouns its article counts (heads) and the numbers it gives each, filled in once the story's candidates are known. */
  articleCounts?: ReadonlyMap<string, ReadonlySet<number>>;
  /**
   * The first words of a quotation from the figure on, when the figure is inside one
   * ("thousands of our supporters"): outlets that quote the same words give the same figure.
   */
  quotedWords?: string;
  quote: string;
  /** Where the figure starts in its sentence, `quote`. */
  offset: number;
  /** The figure as written, with its restatement if any: "C$2 billion ($1.4 billion)". */
  text: string;
  reference?: Reference;
}

/** A vague or bounded figure ("thousands", "more than 200", "about 5,000"), not an exact one. */
export const isFuzzy = (f: FigureMention) => f.kind === 'vague' || f.approximate || f.bound !== undefined;

/** Whether a vague or bounded figure is consistent with an exact one ("thousands" with 10,000). */
export function consistent(fuzzy: FigureMention, exact: number): boolean {
  if (fuzzy.kind === 'vague') return exact >= fuzzy.value && exact < fuzzy.value * 1000;
  if (fuzzy.bound === 'upper') return exact <= fuzzy.value;
  if (fuzzy.bound === 'lower') return exact >= fuzzy.value;
  return Math.abs(exact - fuzzy.value) <= Math.abs(fuzzy.value) * 0.1;
}

function dimension(f: FigureMention): string {
  if (f.kind === 'money') return `money:${f.currency ?? '?'}`;
  if (f.kind === 'percent') return 'percent';
  return `${f.kind === 'duration' ? 'duration' : 'count'}:${fold(f.unit ?? f.measure?.split(/\s+/).at(-1) ?? '')}`;
}

function contextOf(sentence: string, figureStart: number, figureEnd: number): string[] {
  const before = contentWords(sentence.slice(0, figureStart)).slice(-CONTEXT_WORDS);
  const after = contentWords(sentence.slice(figureEnd)).slice(0, CONTEXT_WORDS);
  return [...before, ...after];
}

/** A speech verb next to a date makes it the day something was said, not the day it happened. */
const SAID_NEAR = /\b(?:said|says|told|announced|reported|stated|added|confirmed)\s+(?:on\s+)?$/i;
const SAID_AFTER = /^,?\s+(?:said|told|announced|reported)\b/i;

/** "holding 72 hostages since December 17": when a state began, which it is in still; not the day or era of its figures. */
const SINCE = /\bsince\s+(?:(?:early|late|mid-?)\s*)?$/i;

/** Each sentence's event days: its day-precision dates that are not when something was said. */
function eventDaysOf(dates: At<DateMention>[], text: string): Map<string, Set<string>> {
  const days = new Map<string, Set<string>>();
  for (const d of dates) {
    if (d.precision !== 'day' || !d.value) continue;
    const before = text.slice(Math.max(0, d.start - 20), d.start);
    if (SAID_NEAR.test(before) || SAID_AFTER.test(text.slice(d.end, d.end + 12))) continue;
    days.set(d.at.anchor, (days.get(d.at.anchor) ?? new Set()).add(d.value.slice(0, 10)));
  }
  return days;
}

/**
 * For each sentence dated to a year before the article's own ("in 1995", "two years ago"), that
 * year: its figures belong to that past event, not to the one the story reports.
 */
function erasOf(dates: At<DateMention>[], reference: Reference | undefined, sentences: { anchor: string; text: string }[]): Map<string, Era[]> {
  const eras = new Map<string, Era[]>();
  const add = (anchor: string, era: Era) => eras.set(anchor, [...(eras.get(anchor) ?? []), era]);
  // "Previously, companies had to pay a 35 percent tax": the state of things before the news.
  for (const s of sentences) if (EARLIER_STATE.test(s.text)) add(s.anchor, { era: 'earlier' });
  const ownYear = reference?.value.slice(0, 4);
  if (!ownYear) return eras;
  // "The insurgency has claimed 20,000 lives since … 2009": a present perfect counts up to now,
  // and the year is when the count began.
  const upToNow = new Set(sentences.filter((s) => PRESENT_PERFECT.test(s.text)).map((s) => s.anchor));
  for (const d of dates) {
    const year = d.value?.slice(0, 4);
    if (year && /^\d{4}$/.test(year) && year < ownYear && !d.future && !upToNow.has(d.at.anchor)) add(d.at.anchor, { era: year, at: d.start });
  }
  return eras;
}

/** A sentence's past time, and where its date stands when a date says it. */
interface Era {
  era: string;
  at?: number;
}

/**
 * The era of a figure: its sentence's, unless the date is in a clause about a later figure of
 * the sentence. In "freed 21 of the more than 200 schoolgirls who were kidnapped in April 2014"
 * (or "… 200 girls kidnapped two years ago") the year says when the 200 were taken, not when
 * the 21 were freed.
 */
function eraOf(figure: At<FigureMention>, eras: Era[], figures: At<FigureMention>[], text: string): string | undefined {
  const aboutLater = (at: number) =>
    figures.some((g) => g.at.anchor === figure.at.anchor && g.start >= figure.end && g.end <= at && RELATIVE_CLAUSE.test(text.slice(g.end, at)));
  // The last date said wins, as a year over "previously".
  return [...eras].reverse().find((e) => e.at === undefined || (!aboutLater(e.at) && !inAsideWithout(figure, e.at, text)))?.era;
}

/**
 * "APEC, established in 1989, currently has 21 members": a date in a participle's aside between
 * commas says when the name before it began, not when the figure outside the aside was true.
 */
function inAsideWithout(figure: At<FigureMention>, at: number, text: string): boolean {
  const open = text.lastIndexOf(',', at);
  const close = text.indexOf(',', at);
  if (open < 0 || close < 0 || (figure.start > open && figure.start < close)) return false;
  return PARTICIPLE_ASIDE.test(text.slice(open, at)) && !/[.;:!?]/.test(text.slice(open, close));
}

/** The opening of an aside on a past participle: ", established in", ", founded in", ", set up in". */
const PARTICIPLE_ASIDE = /^,\s+(?:(?:which|that) was\s+)?(?:[a-z]+ed|set up|begun|born|built|held|made)\s+(?:[a-z]+\s+){0,3}$/;

/** A relative clause about the noun after a number: "… schoolgirls who were kidnapped", "… girls and women kidnapped". */
const RELATIVE_CLAUSE = /^(?:\s+[\p{L}-]+){0,4}?\s+(?:who|which|that)\b|^(?:\s+(?!(?:was|were|is|are|be|been|being|had|has|have|of|in|on|at|to|for|from|with|by|as)\b)[\p{L}-]+){1,4}?\s+[a-z]+ed\b/u;

const PRESENT_PERFECT = /\b(?:has|have)\s+(?:(?:already|now|so far|since|also)\s+)?(?:been\s+)?[a-z]+(?:ed|en|t)\b/;

/** A sentence that opens on the time before the news, or says what "used to" be. */
const EARLIER_STATE = /^(?:previously|formerly|historically|until then|before then|under the (?:old|previous|former)\b)|\bused to\b/i;

const PER_PERIOD = /^[^.;!?]{0,40}?\b(?:a|per|each|every)\s+(day|week|month|year|annum)\b|^[^.;!?]{0,40}?\b(daily|weekly|monthly|annually|yearly)\b/i;

/** "6,000 lives a year", "annually": the period a figure is a rate over. */
function perPeriod(text: string, end: number): { perPeriod?: string } {
  const m = PER_PERIOD.exec(text.slice(end, end + 60));
  return m ? { perPeriod: (m[1] ?? m[2])!.toLowerCase() } : {};
}

/** A business named by what it is: "the investment bank", "the firm", "the company". */
const DESCRIPTION = /\bthe(?=((?:\s+[a-z-]+){1,3}))/gi;
/** How many mentions make a body the article's subject, and by what lead over any other. */
const SUBJECT_MENTIONS = 3;
const SUBJECT_LEAD = 2;

/**
 * Sentences that name no body but describe one ("The investment bank forecast …"), with the
 * body they mean: the article's subject, the organization it names most, well ahead of any
 * other, provided the last body named before the sentence is that one too ("Apple … the
 * company" is Apple).
 */
function describedBusinesses(mentions: ArticleMentions, entityOf: Map<string, string>, organizations: ReadonlySet<string>): Map<string, string> {
  // The story's type, not the article's: one article may only guess what another confirms.
  const bodies = mentions.entities.flatMap((e) => {
    const id = entityOf.get(mentionKey(e.at));
    return id && organizations.has(id) ? [{ id, at: e.at }] : [];
  });
  const counts = new Map<string, number>();
  for (const b of bodies) counts.set(b.id, (counts.get(b.id) ?? 0) + 1);
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  const found = new Map<string, string>();
  if (!first || first[1] < SUBJECT_MENTIONS || (second && first[1] < second[1] * SUBJECT_LEAD)) return found;
  const subject = first[0];
  for (const sentence of mentions.text.sentences()) {
    if (bodies.some((b) => b.at.anchor === sentence.anchor)) continue;
    const unit = unitOrder(sentence.anchor.split('-')[0]!);
    const last = bodies.filter((b) => unitOrder(b.at.unit) < unit || (unitOrder(b.at.unit) === unit && b.at.start < sentence.start)).at(-1);
    if (last?.id !== subject) continue;
    if ([...sentence.text.matchAll(DESCRIPTION)].some((m) => m[1]!.trim().split(/\s+/).some(isBusinessNoun))) found.set(sentence.anchor, subject);
  }
  return found;
}

/** For each figure, what happened to the one just before it in its article, when that one says. */
function previousPredicates(figures: At<FigureMention>[]): Map<At<FigureMention>, NonNullable<FigureMention['predicate']>> {
  const found = new Map<At<FigureMention>, NonNullable<FigureMention['predicate']>>();
  let last: FigureMention['predicate'];
  for (const f of [...figures].sort((a, b) => a.start - b.start)) {
    if (f.equivalentOf) continue;
    if (last) found.set(f, last);
    last = f.predicate;
  }
  return found;
}

/** How far around a figure a demonym says whose count it is: "the Indian dead at around 100". */
const NATION_REACH = 25;

function nationsAround(sentence: string, start: number, end: number): Set<string> {
  const around = sentence.slice(Math.max(0, start - NATION_REACH), Math.min(sentence.length, end + NATION_REACH / 2));
  return new Set([...around.matchAll(/\p{Lu}\p{Ll}+/gu)].flatMap((m) => countryOfDemonym(m[0]) ?? countryOfDemonym(m[0].replace(/s$/, '')) ?? []));
}

/** A sentence naming this many countries lists members or parties ("21 members: Australia, Brunei, …"), which locate nothing. */
const ROLL_CALL = 5;
const isRollCall = (countries: string[] | undefined) => new Set(countries).size >= ROLL_CALL;

/** The innermost of a sentence's places, and all the places that hold them. */
function placesOf(named: string[], containment: Containment): { places: Set<string>; within: Set<string> } {
  const inner = named.filter((p) => !named.some((q) => containment.get(q)?.has(p)));
  return { places: new Set(inner), within: new Set(inner.flatMap((p) => [p, ...(containment.get(p) ?? [])])) };
}

/** The figures of one article that can be facts, with what fact grouping needs to know of each. */
export function candidatesOf(
  mentions: ArticleMentions,
  dates: At<DateMention>[],
  order: number,
  reference: Reference | undefined,
  entityOf: Map<string, string>,
  organizations: ReadonlySet<string> = new Set(),
  containment: Containment = new Map(),
): Candidate[] {
  // Entities named inside a figure ("US dollars") say how it is measured, not what it is about.
  const insideFigure = (e: { start: number; end: number }) => mentions.figures.some((f) => e.start < f.end && f.start < e.end);
  const entitiesBySentence = new Map<string, string[]>();
  const anchorsBySentence = new Map<string, string[]>();
  const placesBySentence = new Map<string, string[]>();
  const countriesBySentence = new Map<string, string[]>();
  for (const e of mentions.entities) {
    const id = entityOf.get(mentionKey(e.at));
    if (!id || insideFigure(e)) continue;
    entitiesBySentence.set(e.at.anchor, [...(entitiesBySentence.get(e.at.anchor) ?? []), `#${id}`]);
    // The country a place is or is in, when the gazetteer knows: "Beijing" is in China.
    const country = isCountry(e.canonical) ? e.canonical : e.type === 'place' ? countryOfCity(e.canonical) : undefined;
    if (country) countriesBySentence.set(e.at.anchor, [...(countriesBySentence.get(e.at.anchor) ?? []), country]);
    if (e.type === 'person' || isCountry(e.canonical)) continue;
    anchorsBySentence.set(e.at.anchor, [...(anchorsBySentence.get(e.at.anchor) ?? []), id]);
    if (e.type === 'place') placesBySentence.set(e.at.anchor, [...(placesBySentence.get(e.at.anchor) ?? []), id]);
  }
  for (const [anchor, id] of describedBusinesses(mentions, entityOf, organizations)) {
    entitiesBySentence.set(anchor, [...(entitiesBySentence.get(anchor) ?? []), `#${id}`]);
    anchorsBySentence.set(anchor, [...(anchorsBySentence.get(anchor) ?? []), id]);
  }
  const { text } = mentions.text;
  const dating = dates.filter((d) => !SINCE.test(text.slice(Math.max(0, d.start - 20), d.start)));
  const eraBySentence = erasOf(dating, reference, mentions.text.sentences());
  const daysBySentence = eventDaysOf(dating, text);
  const previousOf = previousPredicates(mentions.figures);
  const restatements = new Map<number, At<FigureMention>>();
  for (const f of mentions.figures) if (f.equivalentOf) restatements.set(f.equivalentOf.start, f);

  // A bare number (no unit, nothing it measures, nothing said to happen) cannot be compared with anything; ages and
  // small counts of nothing in particular are no facts (./figure-noise).
  return mentions.figures
    .filter((f) => !f.equivalentOf && (f.kind !== 'count' || f.unit || f.measure || f.predicate) && !isNoFact(f, mentions.text.text))
    .map((figure) => {
      const sentence = mentions.text.sentence(figure.at.anchor)!;
      const offset = figure.at.start - sentence.start;
      const measureWords = contentWords(figure.measure ?? '');
      const noun = compoundNoun(figure.measure ?? '');
      // "183 CD's": an acronym is too short for a content word, but it is what is counted; "claimed
      // 20,000 lives" and "the death toll climbed to 35" count people who died.
      const word = measureWords.at(-1) ?? noun?.toLowerCase();
      const died = figure.predicate?.lemma === 'die';
      const head = died && (word ? LIVES.test(word) : figure.predicate?.via === 'state') ? 'people' : word;
      const restated = restatements.get(figure.start);
      const entities = entitiesBySentence.get(figure.at.anchor) ?? [];
      const era = eraOf(figure, eraBySentence.get(figure.at.anchor) ?? [], mentions.figures, mentions.text.text);
      return {
        figure,
        article: mentions.article.id,
        order,
        dimension: head === word ? dimension(figure) : `count:${head}`,
        ...(head && { head }),
        ...(noun && { noun }),
        context: new Set([
          ...measureWords,
          ...contextOf(sentence.text, offset, offset + figure.text.length),
          ...entities,
        ]),
        entities: new Set(entities),
        nations: nationsAround(sentence.text, offset, offset + figure.text.length + (figure.measure?.length ?? 0)),
        ...(previousOf.has(figure) && { previous: previousOf.get(figure) }),
        anchors: new Set(anchorsBySentence.get(figure.at.anchor) ?? []),
        ...placesOf(isRollCall(countriesBySentence.get(figure.at.anchor)) ? [] : placesBySentence.get(figure.at.anchor) ?? [], containment),
        countries: new Set(countriesBySentence.get(figure.at.anchor) ?? []),
        ...actorOf(figure, mentions, entityOf),
        ...quotedWordsOf(figure, mentions),
        ...perPeriod(mentions.text.text, figure.end),
        days: daysBySentence.get(figure.at.anchor) ?? new Set(),
        ...(era && { era }),
        quote: sentence.text,
        offset,
        text: restated ? `${figure.text} (${restated.text})` : figure.text,
        reference,
      };
    });
}

/** How far after a person's name the figure their verb takes may stand. */
const ACTOR_GAP = 30;
/** A verb group of a word or two, no punctuation: "is averaging", "had", "has scored". */
const VERB_GROUP = /^\s+(?:(?:is|was|has|had|have|were|are|will|would)\s+)?(\p{Ll}+)\s+(?:(?:a|an|the|his|her|their)\s+)?$/u;

/**
 * The person a figure belongs to as what they did or have: "Jackson is averaging 12.3 points",
 * "Davis had 28 points". Two people's counts are two facts, however alike their words. Not the
 * one who says it ("Meles said 1,000 were killed").
 */
function actorOf(figure: At<FigureMention>, mentions: ArticleMentions, entityOf: Map<string, string>): { actor: string } | Record<string, never> {
  if (figure.predicate?.via !== 'object') return {};
  const text = mentions.text.text;
  const person = mentions.entities.filter((e) => e.type === 'person' && e.at.anchor === figure.at.anchor && e.end <= figure.start && figure.start - e.end <= ACTOR_GAP).at(-1);
  const verb = person && VERB_GROUP.exec(text.slice(person.end, figure.start))?.[1];
  const id = person && entityOf.get(mentionKey(person.at));
  return verb && id && verbLemma(verb) === figure.predicate.lemma && !isCommunicationVerb(figure.predicate.lemma) ? { actor: id } : {};
}

/** How many words of a quotation, the figure's first, say that two outlets quote the same words. */
const QUOTED_WORDS = 4;

/** The figure's words and those after it inside a direct or partial quotation, folded; none when fewer than QUOTED_WORDS. */
function quotedWordsOf(figure: At<FigureMention>, mentions: ArticleMentions): { quotedWords?: string } {
  const quote = mentions.quotes.find((q) => q.kind !== 'indirect' && q.start <= figure.start && figure.end <= q.end);
  if (!quote) return {};
  const words = mentions.text.text.slice(figure.start, quote.end).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length >= QUOTED_WORDS ? { quotedWords: words.slice(0, QUOTED_WORDS).join(' ') } : {};
}
