import type { Predicate } from '../extract/predicate';
import { consistent, isFuzzy, type Candidate } from './fact-candidates';
import type { FigureMention } from '../extract';
import { SMALL_COUNT } from './figure-noise';
import { jaccard } from './words';
import { daysBetween, parseIsoDate } from '../calendar';
import { isCognitionVerb, isKindOfEither, sameMeaning } from '../wordnet';

/**
 * A figure's identity is three things: what is counted (the noun), what happened to it (the
 * predicate) and which event it belongs to (the places, bodies and time of its sentence). Two
 * figures are one fact only when all three agree; these are the tests.
 */

/** About the same thing: a common entity in their sentences, or the same counted noun. */
export const related = (a: Candidate, b: Candidate) => [...a.entities].some((e) => b.entities.has(e)) || (a.head !== undefined && a.head === b.head);

/**
 * Can `c` be the same fact as the group's figures: same dimension, same measured thing (or the
 * same count in other words), about the same entities as every one of them, and never from a
 * sentence one of them is in (two numbers in one sentence measure two things)?
 */
export function compatible(group: Candidate[], c: Candidate): boolean {
  const first = group[0]!;
  const sameCount = group.every((g) => sameCountOfKind(g, c));
  if (first.dimension !== c.dimension && !sameCount) return false;
  // "thousands of other women", "five more miners": a count set apart from the one reported; only
  // the same count of others in every report is one ("128 other politicians").
  if ((isOther(c) || group.some(isOther)) && !group.every((g) => isOther(g) && isOther(c) && !isFuzzy(g.figure) && g.figure.value === c.figure.value)) return false;
  // "the Indian dead at around 100" are a part of "343 dead", and no version of them; "20 North
  // Korean vessels" are "20 of their vessels".
  if (group.some((g) => !sameNations(g, c) && (g.figure.value !== c.figure.value || (g.nations.size > 0 && c.nations.size > 0)))) return false;
  // "eight people killed" in one attack is no version of "20,000 killed" in an insurgency.
  if (group.some((g) => !sameMagnitude(g.figure, c.figure))) return false;
  // One report does not contradict itself: two numbers in one article are two things ("at least
  // 78 dead" over a weekend, and 85 over three days); only a vague one ("dozens") may be another's.
  if (group.some((g) => g.article === c.article && g.figure.value !== c.figure.value && g.figure.kind !== 'vague' && c.figure.kind !== 'vague')) return false;
  if (group.some((g) => !sameOwner(g, c) || !sameActor(g, c))) return false;
  // The same words quoted by several outlets give one figure, whatever else each sentence says.
  const quoted = group.every((g) => quotesSameWords(g, c));
  if (!quoted && group.some((g) => !sameEvent(g, c) || !samePredicate(g, c) || (g.article === c.article && g.figure.at.anchor === c.figure.at.anchor))) return false;
  if (group.every((g) => sameAmount(g, c)) || sameCount || quoted) return true;
  if (group.some((g) => !related(g, c))) return false;
  const heads = new Set(group.flatMap((g) => (g.head ? [g.head] : [])));
  if (c.head) return heads.size === 0 ? group.some((g) => g.context.has(c.head!)) : heads.has(c.head);
  return heads.size === 0 || [...heads].some((h) => c.context.has(h));
}

/** Two outlets quoting the same words with the same figure in them: "we and thousands of our supporters will…". */
export const quotesSameWords = (a: Candidate, b: Candidate) =>
  a.article !== b.article && a.quotedWords !== undefined && a.quotedWords === b.quotedWords && a.figure.value === b.figure.value;

/** Counts of the same nations, or of none in particular. */
const sameNations = (a: Candidate, b: Candidate) => a.nations.size === b.nations.size && [...a.nations].every((n) => b.nations.has(n));

const OTHER = /^(?:other|more|further|additional)\b/i;
const ANOTHER = /\banother\s+$/i;

/** A count of others than the ones reported ("thousands of other women", "another 19", "five more miners"). */
const isOther = (c: Candidate) => OTHER.test((c.figure.measure ?? '').replace(/^of\s+/i, '')) || (ANOTHER.test(c.quote.slice(0, c.offset)) && !anotherKind(c));

/** "… killed 217. Another 1,290 people were injured": others than the dead, not more dead. */
function anotherKind(c: Candidate): boolean {
  const own = c.figure.predicate;
  return own !== undefined && c.previous !== undefined && !sameMeaning(own, c.previous);
}

/**
 * What happened to what a figure counts, when its clause says: not for sums and rates, whose
 * verbs ("take a $5 billion hit", "knock $5 billion off") say little of the amount, and not a
 * verb of thinking ("expected", "estimated").
 */
export function predicateOf(c: Candidate): Predicate | undefined {
  const p = c.figure.predicate;
  if (!p || c.figure.kind === 'money' || c.figure.kind === 'percent' || c.figure.kind === 'duration') return undefined;
  return p.pos === 'verb' && isCognitionVerb(p.lemma) ? undefined : p;
}

/**
 * What happened to the counted thing: the same, in the same or other words, when both clauses
 * say. When one does not, two counts can still be one fact only if their numbers agree (or a
 * vague one fits the other): "freed 21 of the more than 200 schoolgirls" says nothing of the
 * 200, which must not stand as a version of the 21.
 */
export function samePredicate(a: Candidate, b: Candidate): boolean {
  const [pa, pb] = [predicateOf(a), predicateOf(b)];
  if (pa && pb) return sameMeaning(pa, pb);
  if (!isCount(a) || !isCount(b)) return true;
  // "Dozens" fits almost any count: without a verb it is no version of anything.
  if (a.figure.kind === 'vague' || b.figure.kind === 'vague') return false;
  return sameNumber(a.figure, b.figure);
}

const isCount = (c: Candidate) => c.figure.kind === 'count' || c.figure.kind === 'vague';

/** From this many on, two reports rarely give one number of one noun by chance. */
const TELLING_COUNT = 100;
/** How close a bounded or approximate count must be to another to be a version of it. */
const CLOSE = 0.1;

/**
 * Two reports giving one large count of the same noun, or a bound the other's count fits: "about
 * two million pilgrims" and "the two million pilgrims", "more than 11 million documents" and
 * "11.5 million documents". Such counts need few words alike around them.
 */
export function sameLargeCount(a: Candidate, b: Candidate): boolean {
  if (a.article === b.article || a.figure.kind !== 'count' || b.figure.kind !== 'count' || a.head === undefined || a.head !== b.head) return false;
  const [x, y] = [a.figure.value, b.figure.value];
  // A bound fits many counts ("more than 15 million" fits 37 million): only one close to it is its version.
  if (Math.min(x, y) < TELLING_COUNT || !sameNumber(a.figure, b.figure) || Math.abs(x - y) > CLOSE * Math.max(x, y)) return false;
  // Two numbers, one said to have had something happen to it: "trained some 14,600 personnel" is
  // no version of "a total of 15,000 medical personnel" sent.
  return x === y || Boolean(a.figure.predicate) === Boolean(b.figure.predicate);
}

/** The same number, or a bounded or approximate one that the other fits. */
function sameNumber(a: FigureMention, b: FigureMention): boolean {
  if (isFuzzy(a) && isFuzzy(b)) return a.value === b.value;
  if (isFuzzy(a)) return consistent(a, b.value);
  if (isFuzzy(b)) return consistent(b, a.value);
  return a.value === b.value;
}

/**
 * The same sum or rate, about the same named body or place, or of the same noun among the same
 * entities: a bank's "$5 billion" is one fact whether a report calls it a hit, a charge or an estimate.
 */
export function sameAmount(a: Candidate, b: Candidate): boolean {
  if (a.figure.kind !== 'money' && a.figure.kind !== 'percent') return false;
  if (a.figure.value !== b.figure.value || a.figure.bound !== b.figure.bound) return false;
  // Or the same rate of the same thing between the same countries: "25% tariffs" on Canada and Mexico.
  return shareAnchor(a, b) || (a.head !== undefined && a.head === b.head && [...a.entities].some((e) => b.entities.has(e)));
}

/**
 * The same count of one noun, or of one kind of thing in other words, said of the same subject:
 * "five locations" and "five sites" Trump considers, "100 media groups" and "100 media
 * organizations" (one noun a kind of the other a few steps up WordNet's hypernyms; "eight
 * teams" are no "eight people"). Such counts need few words alike around them. Only the same
 * number, written the same way and more than a few (one soldier and one hostage are two deaths),
 * with a name both sentences give, and never when either report counts the other's noun itself
 * in another number: "all 14 rebels, two soldiers and one hostage died" tells soldiers from
 * hostages. A noun that qualifies the other's is of its kind: "21 member economies" are "21
 * members". A span of time of one kind of event in other words is one too ("two days of
 * meetings", "the two-day summit").
 */
export function sameCountOfKind(a: Candidate, b: Candidate): boolean {
  if (!a.head || !b.head || a.figure.kind !== b.figure.kind || a.dimension !== b.dimension && a.figure.kind !== 'count') return false;
  // A small count says little of what it counts; a span of days says more ("two days of meetings", "the two-day summit").
  const tellsApart = a.figure.kind === 'count' ? a.figure.value > SMALL_COUNT : a.figure.kind === 'duration';
  if (!tellsApart || a.figure.value !== b.figure.value || a.figure.bound !== b.figure.bound || a.figure.approximate !== b.figure.approximate) return false;
  // Said of the same subject: a name both sentences give.
  if (![...a.entities].some((e) => b.entities.has(e))) return false;
  // Two three-day visits of one man are two visits: a span of the same noun needs its words alike.
  if (a.head === b.head) return a.figure.kind === 'count';
  if (countsOther(a, b.head) || countsOther(b, a.head)) return false;
  return isKindOfEither(a.noun ?? a.head, b.noun ?? b.head) || qualifiedBy(a, b.head) || qualifiedBy(b, a.head);
}

/**
 * A sum belongs to the body or place its sentence names: one firm's expected income is no
 * version of another's, however alike the words. Sentences that name none may be of any.
 */
function sameOwner(a: Candidate, b: Candidate): boolean {
  if (a.figure.kind !== 'money' || a.anchors.size === 0 || b.anchors.size === 0) return true;
  return shareAnchor(a, b);
}

/** Two people's own counts are two facts: "Jackson is averaging 12.3 points", "Martin averaged 12.9 points". */
const sameActor = (a: Candidate, b: Candidate) => a.actor === undefined || b.actor === undefined || a.actor === b.actor;

/** The report counts that noun itself, in another number: "12 hostages died … two guards were wounded". */
const countsOther = (c: Candidate, noun: string) => [...(c.articleCounts?.get(noun) ?? [])].some((n) => n !== c.figure.value);

/** "21 member economies" are economies that are members: "21 members" in other words. */
function qualifiedBy(c: Candidate, noun: string): boolean {
  const [first, ...rest] = (c.figure.measure ?? '').split(/\s+/);
  // A common noun, written in lower case: "25 EU leaders" are no EUs.
  return rest.length > 0 && first === noun && /^\p{Ll}/u.test(first);
}

/** Their sentences name a common place, body or facility. */
const shareAnchor = (a: Candidate, b: Candidate) => [...a.anchors].some((x) => b.anchors.has(x));

/** Reports of one count rarely differ by more than this factor; farther apart, they count different things. */
const PLAUSIBLE_SPREAD = 2;
/** No reports of one thing differ by more than this factor, however loosely they say it. */
const VERSIONS_SPREAD = 10;

/**
 * Two numbers that could be versions of one: within a factor of ten (a vague "dozens" is its
 * least). A toll may grow that much between reports, but not a rate: "rose 8.8 percent" and
 * "rose 50.4 percent" are two rises, however alike the words.
 */
function sameMagnitude(a: FigureMention, b: FigureMention): boolean {
  const [x, y] = [Math.abs(a.value), Math.abs(b.value)];
  return x === y || withinFactor(x, y, a.kind === 'percent' ? PLAUSIBLE_SPREAD : VERSIONS_SPREAD);
}

/** A toll may double and more in the first reports of one day's event: "claimed 17 lives", then "climbed to 35". */
const SAME_DAY_SPREAD = 3;

/**
 * Both say what is counted (the same noun) and what happened to it, with numbers that could
 * be reports of one count: farther apart when both set it on the same day.
 */
export function saysWhatHappened(a: Candidate, b: Candidate): boolean {
  if (a.head === undefined || a.head !== b.head || !predicateOf(a) || !predicateOf(b)) return false;
  const sameDay = [...a.days].some((d) => b.days.has(d));
  return withinFactor(a.figure.value, b.figure.value, sameDay ? SAME_DAY_SPREAD : PLAUSIBLE_SPREAD);
}

/** Two numbers close enough to be two reports of one. */
const plausiblyOne = (a: number, b: number) => withinFactor(a, b, PLAUSIBLE_SPREAD);

/** Both positive, the larger at most `factor` times the smaller. */
function withinFactor(a: number, b: number, factor: number): boolean {
  const [low, high] = [Math.min(a, b), Math.max(a, b)];
  return low > 0 && high / low <= factor;
}

/**
 * The same sum of the same thing of the same named body, in numbers that could be reports of
 * one: "expected to post net income of $2.07 billion" and "an estimated $1.9 billion in
 * earnings" of one bank. The body and the noun say what the sum is, as a predicate does for a count.
 */
export function saysWhoseSum(a: Candidate, b: Candidate): boolean {
  if (a.figure.kind !== 'money' || b.figure.kind !== 'money' || a.head === undefined || a.head !== b.head || !shareAnchor(a, b)) return false;
  return plausiblyOne(a.figure.value, b.figure.value);
}

/**
 * The same event: the same era, and no two different places named for it. Bodies do not tell
 * events apart: one report names the group that freed the girls, another the town they came from.
 */
export function sameEvent(a: Candidate, b: Candidate): boolean {
  if (a.era !== b.era || a.perPeriod !== b.perPeriod) return false;
  // Reports months apart are of one event only when they name its place, body or facility.
  if (a.reference && b.reference && daysApart(a.reference.value, b.reference.value) > SAME_NEWS_DAYS && !shareAnchor(a, b)) return false;
  if (a.days.size > 0 && b.days.size > 0 && ![...a.days].some((d) => b.days.has(d)) && !sameStandingCount(a, b)) return false;
  // Countries named on both sides, none in common: "near the border with Chad" is not "in north China's Shanxi Province".
  if (a.countries.size > 0 && b.countries.size > 0 && ![...a.countries].some((c) => b.countries.has(c))) return false;
  // The same place, or one inside the other: a report naming the province may be of the mine another names.
  return a.places.size === 0 || b.places.size === 0 || [...a.places].some((x) => b.within.has(x)) || [...b.places].some((x) => a.within.has(x));
}

/**
 * The same number of the same thing, with nothing said to happen to it: a standing count
 * ("the 21 member economies" that began a meeting on Saturday and ended it on Sunday), which the
 * days of its sentences' verbs do not tell apart.
 */
function sameStandingCount(a: Candidate, b: Candidate): boolean {
  return a.figure.kind === 'count' && b.figure.kind === 'count' && !a.figure.predicate && !b.figure.predicate && a.head !== undefined && a.head === b.head && a.figure.value === b.figure.value && !isFuzzy(a.figure) && !isFuzzy(b.figure);
}

/** How far apart two reports of one piece of news may be published without naming where it happened. */
const SAME_NEWS_DAYS = 45;

function daysApart(a: string, b: string): number {
  const [from, to] = [parseIsoDate(a.slice(0, 10)), parseIsoDate(b.slice(0, 10))];
  return from && to ? Math.abs(daysBetween(from, to)) : 0;
}

/** Nouns that count people whoever they are: a toll's "people", "the dead". */
const ANYONE = new Set(['people', 'person', 'dead']);

/**
 * One article saying its figure again in other words: the same number of the same event, the
 * same thing happening to it when both say, counting people once as "pilgrims" and once as a
 * toll ("killed 217 Moslem pilgrims" … "increased the overall toll … to 217"), or the same span
 * around the same words ("three months' martial law" … "the martial law for three months"). Not a
 * small count, which may well be two things ("two soldiers … two hostages"), nor two kinds of
 * people ("12 soldiers" and "12 civilians").
 */
export function restates(a: Candidate, b: Candidate): boolean {
  const kind = a.figure.kind;
  if (a.article !== b.article || a.figure.at.anchor === b.figure.at.anchor || kind !== b.figure.kind || (kind !== 'count' && kind !== 'duration')) return false;
  if (a.figure.value !== b.figure.value || a.figure.bound !== b.figure.bound || (kind === 'duration' && a.figure.unit !== b.figure.unit)) return false;
  if (kind === 'count' && a.figure.value <= SMALL_COUNT) return false;
  const [pa, pb] = [predicateOf(a), predicateOf(b)];
  if ((pa && pb && !sameMeaning(pa, pb)) || !sameEvent(a, b) || !sameNations(a, b)) return false;
  const [ha, hb] = [a.head, b.head];
  if (ha && hb) return ha === hb || ANYONE.has(ha) || ANYONE.has(hb) || isKindOfEither(ha, hb);
  // A span without a noun is of the same thing when the words around it say so; a count needs its noun.
  return kind === 'duration' && jaccard(a.context, b.context) >= SAME_WORDS;
}

/** How alike the words around two spans of one article must be to be one span said twice. */
const SAME_WORDS = 0.2;
