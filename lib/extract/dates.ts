import type { DateMention, DatePrecision } from './schema';
import { DATE_RULES, type DateParse } from './date-grammar';
import {
  addDays, daysBetween, formatDay, formatMonth, formatQuarter, formatWeek, isValidDay, nearestWeekday,
  nearestYear, parseIsoDate, quarterOf,
} from '../calendar';
import { isFutureAt, sentenceAt, sentenceBounds } from './sentences';
import { firstIndexWhere } from './sorted';
import { verbLemma } from './predicate';
import { isCommunicationVerb } from '../wordnet';

export interface DateOptions {
  /** YYYY-MM-DD; without it, expressions that need one are returned unresolved. */
  referenceDate?: string;
  /**
   * The reference is only near the text's own date (the latest date of the other articles of its
   * story): a past weekday may then be one of the two days after it (see weekdayNearBorrowedDate).
   */
  referenceApproximate?: boolean;
}

interface Candidate {
  start: number;
  end: number;
  parse: DateParse;
}

type Resolution = Pick<DateMention, 'value' | 'precision' | 'kind' | 'relative'>;

// "early 1997", "mid-1996", "the end of last year" → TimeML mod.
const MODIFIER = /(?:\b(early|late|mid)[\s-]|\bthe\s+(end|beginning|start|middle)\s+of\s+)$/i;
const MODIFIABLE = new Set<DatePrecision>(['week', 'month', 'season', 'quarter', 'year', 'decade']);
const MODIFIER_VALUES: Record<string, DateMention['modifier']> = {
  early: 'START', beginning: 'START', start: 'START', mid: 'MID', middle: 'MID', late: 'END', end: 'END',
};

/**
 * Date expressions (TimeML DATE, not DURATION or SET): "30 days" and "daily"
 * are never returned; durations are figures (see extractFigures).
 */
export function extractDates(text: string, options: DateOptions = {}): DateMention[] {
  const ref = options.referenceDate ? parseIsoDate(options.referenceDate) : undefined;
  const bounds = sentenceBounds(text);
  const mentions: DateMention[] = [];
  let pending: { mention: DateMention; days: number } | undefined;
  for (const c of selectCandidates(text)) {
    const sentence = sentenceAt(text, bounds, c.start);
    // "until Wednesday", "by Friday" look forward whatever the tense: the day has not come yet.
    const pastVerb = isUndirected(c.parse) ? PAST_VERB_BEFORE.exec(text.slice(Math.max(0, c.start - 30), c.start)) : null;
    const future = (c.parse.kind === 'weekday' && FORWARD.test(text.slice(Math.max(0, c.start - 12), c.start)) && !POSSESSIVE.test(text.slice(c.end, c.end + 2))) ||
      isEarlyNextDay(c.parse, text.slice(Math.max(0, c.start - 8), c.start), ref) ||
      (!pastVerb && isFutureAt(sentence.text, c.start - sentence.start));
    // "Sunni Arabs boycotted the January 30 election": a past verb sets a day without its year before
    // the article; not a verb of saying, whose date is what was said ("declared January 2 a day of mourning").
    const past = c.parse.kind === 'calendar' && !future && pastVerb !== null && !isCommunicationVerb(verbLemma(/\p{L}+/u.exec(pastVerb[0])![0].toLowerCase()));
    const resolution = resolve(c.parse, ref, future, options.referenceApproximate === true, past);
    if (!resolution) continue;
    // "will renew the goals made in 1994": a period wholly before the article's day has come, whatever the tense.
    const gone = ref !== undefined && resolution.value !== undefined && isBefore(resolution.value, formatDay(ref));
    let mention: DateMention = { start: c.start, end: c.end, text: text.slice(c.start, c.end), ...resolution, resolved: resolution.value !== undefined, future: future && !gone };
    if (c.parse.kind === 'calendar' && c.parse.fiscal) mention.fiscal = true;
    mention = withModifier(text, mention);
    // "a day after February 3" resolves against that date; "a day after the vote" stays unresolved.
    if (pending && mention.precision === 'day' && mention.value && /^\s+$/.test(text.slice(pending.mention.end, mention.start))) {
      const base = parseIsoDate(mention.value.slice(0, 10));
      if (base) {
        mentions.pop();
        const start = pending.mention.start;
        mention = { ...mention, start, text: text.slice(start, mention.end), value: formatDay(addDays(base, pending.days)) };
      }
    }
    const days = c.parse.kind === 'anchored' && c.parse.unit !== 'month' && c.parse.unit !== 'year' ? c.parse.amount * (c.parse.unit === 'week' ? 7 : 1) * (c.parse.direction === 'after' ? 1 : -1) : undefined;
    // "Flynn was fired Feb. 13, 2017. … The following day, …": the day after the last one given.
    // "on December 6, a day after a bomber killed five", "Meles said on Tuesday … told a press
    // conference, two days after Ethiopia acknowledged …": a clause after a comma dates what it
    // tells from the main clause's day, the last one given in this sentence or the two before it.
    const previous = mentions[mentions.length - 1];
    const anchor = previous?.precision === 'day' && previous.value ? parseIsoDate(previous.value.slice(0, 10)) : undefined;
    const sequel = c.parse.kind === 'anchored' && c.parse.sequel === true;
    if (days !== undefined && anchor && sequel) {
      mention = { ...mention, value: formatDay(addDays(anchor, days)), precision: 'day', resolved: true, future: false };
    } else if (days !== undefined && anchor && /,\s+$/.test(text.slice(Math.max(0, mention.start - 3), mention.start)) && sentencesBetween(text, bounds, previous!.start, mention.start) <= MAIN_CLAUSE_REACH) {
      mention = { ...mention, value: formatDay(addDays(anchor, -days)), precision: 'day', resolved: true, future: false };
    }
    pending = days !== undefined && !mention.resolved ? { mention, days } : undefined;
    mentions.push(mention);
  }
  return mentions;
}

/** A year, month or day ("1994", "2005-07", "2005-11-11") that ends before the day `iso`. */
const isBefore = (value: string, iso: string) => /^\d{4}(?:-\d{2}){0,2}$/.test(value) && value < iso.slice(0, value.length);

/** All rule matches, longest first where they overlap. */
function selectCandidates(text: string): Candidate[] {
  const all: Candidate[] = [];
  for (const { pattern, parse } of DATE_RULES) {
    for (const m of text.matchAll(pattern)) {
      const parsed = parse(m);
      if (parsed) all.push({ start: m.index, end: m.index + m[0].length, parse: parsed });
    }
  }
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  for (const c of all) {
    const last = kept[kept.length - 1];
    if (!last || c.start >= last.end) kept.push(c);
    else if (c.end - c.start > last.end - last.start) kept[kept.length - 1] = c;
  }
  return kept;
}

function withModifier(text: string, mention: DateMention): DateMention {
  if (!MODIFIABLE.has(mention.precision)) return mention;
  const m = MODIFIER.exec(text.slice(Math.max(0, mention.start - 30), mention.start));
  if (!m) return mention;
  const start = mention.start - m[0].length;
  return { ...mention, start, text: text.slice(start, mention.end), modifier: MODIFIER_VALUES[(m[1] ?? m[2])!.toLowerCase()] };
}

/**
 * "results announced early Monday" in a story datelined Sunday: the small hours after the
 * dateline's day, when wire copy is still filed under it, not six days before.
 */
function isEarlyNextDay(parse: DateParse, before: string, ref: Date | undefined): boolean {
  return parse.kind === 'weekday' && parse.shift === undefined && ref !== undefined && /\bearly\s+$/i.test(before) && parse.weekday === (ref.getUTCDay() + 1) % 7;
}

/**
 * A text whose date is only known to be near the story's latest dated report was most likely
 * written on that day or just after: a weekday up to this many days after it is taken to be after it.
 */
const DAYS_AFTER_APPROXIMATE_REFERENCE = 2;

/** A past weekday seen from a date only known roughly: one of the next two days, else the last such day. */
function weekdayNearBorrowedDate(ref: Date, weekday: number): Date {
  const after = nearestWeekday(ref, weekday, true);
  const daysAfter = daysBetween(ref, after);
  return daysAfter > 0 && daysAfter <= DAYS_AFTER_APPROXIMATE_REFERENCE ? after : nearestWeekday(ref, weekday, false);
}

/** Words before a weekday that point to a day still to come. */
const FORWARD = /\b(?:until|till|til|by)\s+(?:next\s+)?$/i;
/**
 * A past verb right before the date dates it in the past, whatever the rest of the sentence says
 * will happen: "results, where voting ended Sunday, will …", "was killed on Monday", "boycotted
 * the January 30 election". Not after an auxiliary ("will be held Sunday"), nor a verb of
 * scheduling ("expected Friday").
 */
const PAST_VERB_BEFORE = /(?<!\b(?:will|would|to|be|been|being|is|are|am|'ll)\s+)(?<![\p{L}-])(?:(?!(?:expect|schedul|plann|slat|du|tim|bill|earmark|tipp|pencill?|need|propos|intend)ed\b)[\p{Ll}-]{3,}ed|said|told|wrote|spoke|met|held|began|went|came|left|took|gave|sent|fell|rose|won|lost|made|found|saw|heard|struck|fled|sought|brought|thought|felt|kept|led|paid|ran|stood|broke|chose|drove|flew|grew|knew|threw|bought|caught|fought|taught|sank|swore|withdrew|overthrew|undertook)\s+(?:(?:here|there)\s+)?(?:on\s+|the\s+)?$/u;
/** A weekday or a day or month without its year: the words do not say whether it is past or to come. */
const isUndirected = (p: DateParse) => (p.kind === 'weekday' && p.shift === undefined) || (p.kind === 'calendar' && p.year === undefined);
/** How many sentences back the day of a main clause may have been given. */
const MAIN_CLAUSE_REACH = 2;

/** Sentences from the one holding `from` to the one holding `to`, not counting the breaks between paragraphs. */
function sentencesBetween(text: string, bounds: Array<[number, number]>, from: number, to: number): number {
  const [first, last] = [from, to].map((offset) => firstIndexWhere(bounds, ([, end]) => end > offset));
  return bounds.slice(first, last).filter(([start, end]) => /\S/.test(text.slice(start, end))).length;
}

/** The year of the last such month and day on or before the reference date. */
const latestYear = (ref: Date, month: number, day: number) => ref.getUTCFullYear() - (Date.UTC(ref.getUTCFullYear(), month - 1, day) > ref.getTime() ? 1 : 0);

/** "by Saturday's blast" names a past day, not a deadline. */
const POSSESSIVE = /^['’]s/;

const absolute = (value: string, precision: DatePrecision): Resolution => ({ value, precision, kind: 'absolute', relative: false });

function resolve(p: DateParse, ref: Date | undefined, future: boolean, approximate = false, past = false): Resolution | undefined {
  const relative = (precision: DatePrecision, value: (r: Date) => string, kind: Resolution['kind'] = 'relative'): Resolution => ({
    value: ref ? value(ref) : undefined, precision, kind, relative: true,
  });
  switch (p.kind) {
    case 'calendar': {
      const { year, month, day } = p;
      if (month === undefined) return year === undefined ? undefined : absolute(String(year), 'year');
      if (day !== undefined) {
        if (day < 1 || day > 31) return undefined;
        if (year !== undefined) return isValidDay(year, month, day) ? absolute(formatDay(new Date(Date.UTC(year, month - 1, day))), 'day') : undefined;
        return relative('day', (r) => formatDay(new Date(Date.UTC(past ? latestYear(r, month, day) : nearestYear(r, month, day, future), month - 1, day))), 'partial');
      }
      if (year !== undefined) return absolute(formatMonth(year, month), 'month');
      return relative('month', (r) => formatMonth(past ? latestYear(r, month, 1) : nearestYear(r, month, undefined, future), month), 'partial');
    }
    case 'decade':
      return absolute(String(p.decade), 'decade');
    case 'quarter': {
      const { quarter, year, yearShift } = p;
      if (year !== undefined) return absolute(formatQuarter(year, quarter), 'quarter');
      if (yearShift !== undefined) return relative('quarter', (r) => formatQuarter(r.getUTCFullYear() + yearShift, quarter));
      // A bare "first quarter" is the nearest one; a later quarter than now is last year's unless the sentence is about the future.
      return relative('quarter', (r) => formatQuarter(r.getUTCFullYear() - (quarter > quarterOf(r) && !future ? 1 : 0), quarter), 'partial');
    }
    case 'season': {
      const { season, year, shift } = p;
      if (year !== undefined) return absolute(`${year}-${season}`, 'season');
      return relative('season', (r) => `${r.getUTCFullYear() + (shift ?? 0)}-${season}`);
    }
    case 'weekday': {
      const { weekday, shift, part } = p;
      const day = (r: Date) => {
        if (shift === -1) return nearestWeekday(addDays(r, -1), weekday, false);
        if (shift === 1) return nearestWeekday(addDays(r, 1), weekday, true);
        if (shift === 0) return addDays(r, ((weekday + 6) % 7) - ((r.getUTCDay() + 6) % 7));
        if (approximate && !future) return weekdayNearBorrowedDate(r, weekday);
        return nearestWeekday(r, weekday, future);
      };
      return relative('day', (r) => formatDay(day(r)) + (part ? `T${part}` : ''));
    }
    case 'month-shift': {
      const { month, shift } = p;
      return relative('month', (r) => {
        const refMonth = r.getUTCMonth() + 1;
        const year = r.getUTCFullYear() + (shift === -1 && month >= refMonth ? -1 : shift === 1 && month <= refMonth ? 1 : 0);
        return formatMonth(year, month);
      });
    }
    case 'shift': {
      const { unit, amount, part } = p;
      switch (unit) {
        case 'day':
          return relative('day', (r) => formatDay(addDays(r, amount)) + (part ? `T${part}` : ''));
        case 'week':
          return relative('week', (r) => formatWeek(addDays(r, 7 * amount)));
        case 'weekend':
          return relative('week', (r) => `${formatWeek(addDays(r, 7 * amount))}-WE`);
        case 'month':
          return relative('month', (r) => formatMonth(r.getUTCFullYear(), r.getUTCMonth() + 1 + amount));
        case 'quarter':
          return relative('quarter', (r) => formatQuarter(r.getUTCFullYear(), quarterOf(r) + amount));
        case 'year':
          return relative('year', (r) => String(r.getUTCFullYear() + amount));
        case 'decade':
          return relative('decade', (r) => String(Math.floor(r.getUTCFullYear() / 10) + amount));
      }
      return undefined;
    }
    case 'reference':
      return { value: p.value, precision: 'reference', kind: 'relative', relative: false };
    case 'anchored':
      return { value: undefined, precision: p.unit as DatePrecision, kind: 'relative', relative: true };
  }
}
