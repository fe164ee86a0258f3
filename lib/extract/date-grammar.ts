import { MONTHS, WEEKDAYS } from '../calendar';
import { DAY_PARTS, SEASONS } from './data/calendar';
import { NUMBER_WORDS } from './data/numbers';

/**
 * What a date expression says, before any reference date is applied.
 * Calendar fields the text leaves out stay undefined.
 */
export type DateParse =
  | { kind: 'calendar'; year?: number; month?: number; day?: number; fiscal?: boolean }
  | { kind: 'decade'; decade: number }
  | { kind: 'quarter'; quarter: number; year?: number; yearShift?: number }
  | { kind: 'season'; season: string; year?: number; shift?: number }
  | { kind: 'weekday'; weekday: number; shift: -1 | 0 | 1 | undefined; part?: string }
  | { kind: 'month-shift'; month: number; shift: -1 | 0 | 1 }
  | { kind: 'shift'; unit: 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'year' | 'decade'; amount: number; part?: string }
  | { kind: 'reference'; value: 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF' }
  | { kind: 'anchored'; unit: string; amount: number; direction: 'after' | 'before'; sequel?: boolean };

export interface DateRule {
  pattern: RegExp;
  /** `m.input` is the whole text, for rules that look at the words around the match. */
  parse(m: RegExpExecArray): DateParse | undefined;
}

const alt = (words: Iterable<string>) => [...words].sort((a, b) => b.length - a.length).join('|');
const cap = (w: string) => w[0]!.toUpperCase() + w.slice(1);

// Month names must be capitalised: "may" and "march" are usually verbs. Short
// forms need a dot or a following day number ("Nov. 19", "Nov 19").
const FULL_MONTHS = Object.keys(MONTHS).filter((m) => m.length > 3 || m === 'may').map(cap);
const SHORT_MONTHS = Object.keys(MONTHS).filter((m) => m.length <= 4 && m !== 'may' && m !== 'june' && m !== 'july').map(cap);
// "Nov. 13", "Nov 13" and, as wire copy sometimes runs them together, "Nov.13".
const MONTH = `(?<month>${alt(FULL_MONTHS)}|(?:${alt(SHORT_MONTHS)})\\.(?!\\w)|(?:${alt(SHORT_MONTHS)})\\.(?=\\d)|(?:${alt(SHORT_MONTHS)})(?= \\d))`;
const WEEKDAY = `(?<weekday>${alt(Object.keys(WEEKDAYS).map(cap))})`;
const DAY = `(?<day>[0-3]?\\d)(?:st|nd|rd|th)?`;
const YEAR = `(?<year>(?:1[6-9]|20)\\d\\d)`;
const SHIFT = `(?<shift>this|last|next|coming|current)`;
const PART = `(?<part>${alt(Object.keys(DAY_PARTS))})`;
const COUNT = `(?<count>an?|\\d+|${alt(Object.keys(NUMBER_WORDS))})`;

const monthOf = (s: string | undefined) => MONTHS[(s ?? '').toLowerCase().replace('.', '')];
const countOf = (s: string | undefined) => {
  const w = (s ?? '').toLowerCase();
  return w === 'a' || w === 'an' ? 1 : (NUMBER_WORDS[w] ?? Number(w));
};
const shiftOf = (s: string | undefined): -1 | 0 | 1 => (s === 'last' ? -1 : s === 'next' || s === 'coming' ? 1 : 0);
const yearOf = (s: string | undefined) => (s ? Number(s) : undefined);

/** A capitalised word in mid-line belongs to a Title Case label ("Learn Today"), not to a sentence. */
const inTitleCase = (m: RegExpExecArray) => /^[A-Z]/.test(m[0]) && /[A-Za-z,]\s*$/.test(m.input.slice(Math.max(0, m.index - 3), m.index));

const rule = (source: string, parse: DateRule['parse'], flags = 'g'): DateRule => ({
  // Not inside a word, an amount or a hyphenated code, except after "mid-".
  pattern: new RegExp(`(?<![\\w$£€])(?<!(?<!\\bmid)-)${source}(?![\\w%-]|,\\d)`, flags),
  parse,
});

export const DATE_RULES: DateRule[] = [
  // 1997-04-01
  rule(`(?<y>\\d{4})-(?<m>[01]\\d)-(?<d>[0-3]\\d)`, (m) => ({
    kind: 'calendar', year: Number(m.groups!.y), month: Number(m.groups!.m), day: Number(m.groups!.d),
  })),
  // 1/5/17 · 12/31/2016: month first, as American papers write it; a day over 12 first is no such date.
  rule(`(?<m>1[0-2]|0?[1-9])/(?<d>3[01]|[12]\\d|0?[1-9])/(?<y>(?:19|20)\\d\\d|\\d\\d)`, (m) => {
    const y = Number(m.groups!.y);
    return { kind: 'calendar', year: y < 100 ? (y < 50 ? 2000 + y : 1900 + y) : y, month: Number(m.groups!.m), day: Number(m.groups!.d) };
  }),
  // Tuesday, April 1, 1997 · April 1 · Nov. 19, 2006 · Nov. 18-19, a span dated by its first day
  rule(`(?:${WEEKDAY},?\\s+)?${MONTH}(?:\\s+|(?<=\\.))${DAY}(?:[-–][0-3]?\\d)?(?:,?\\s+${YEAR})?`, (m) => ({
    kind: 'calendar', year: yearOf(m.groups!.year), month: monthOf(m.groups!.month), day: Number(m.groups!.day),
  })),
  // 4 February 2025
  rule(`${DAY}\\s+${MONTH}(?:,?\\s+${YEAR})?`, (m) => ({
    kind: 'calendar', year: yearOf(m.groups!.year), month: monthOf(m.groups!.month), day: Number(m.groups!.day),
  })),
  // July 2020 · December of 2024
  rule(`${MONTH},?\\s+(?:of\\s+)?${YEAR}`, (m) => ({
    kind: 'calendar', year: yearOf(m.groups!.year), month: monthOf(m.groups!.month),
  })),
  // last December · next May
  rule(`${SHIFT}\\s+${MONTH}`, (m) => ({
    kind: 'month-shift', month: monthOf(m.groups!.month)!, shift: shiftOf(m.groups!.shift),
  })),
  // December (bare); "May" only after a preposition, since it is mostly a modal verb.
  rule(MONTH, (m) => {
    const month = monthOf(m.groups!.month)!;
    const before = m.input.slice(Math.max(0, m.index - 8), m.index);
    if (month === 5 && !/\b(?:in|since|until|by|from|during|of|before|after|through|early|late|mid)[\s-]$/i.test(before)) return undefined;
    return { kind: 'calendar', month };
  }),
  // Fiscal Year 2024 · fiscal 1997 · FY2024
  rule(`(?:[Ff]iscal(?:\\s+[Yy]ear)?|FY)\\s?(?<fy>(?:19|20)\\d\\d)`, (m) => ({
    kind: 'calendar', year: Number(m.groups!.fy), fiscal: true,
  })),
  // 1997
  // 1997, but not "1500 tonnes" or "2000%": news style writes counts of a thousand and more with commas.
  rule(YEAR, (m) =>
    /^\s*(?:%|percent\b|per cent\b|[a-z]+s\b(?<!\b(?:was|is|has|as|its|this|plus|versus|elections|games|olympics)))/.test(m.input.slice(m.index + 4, m.index + 24))
      ? undefined
      : { kind: 'calendar', year: Number(m.groups!.year) },
  ),
  // the 1990s
  rule(`(?<dec>(?:1[6-9]|20)\\d)0s`, (m) => ({ kind: 'decade', decade: Number(m.groups!.dec) })),
  // the first quarter (of 1997) · Q1 2025
  rule(
    `(?:the\\s+)?(?<q>first|second|third|fourth|final|last|1st|2nd|3rd|4th)\\s+quarter(?:\\s+of\\s+(?:${YEAR}|(?<qs>this|last|next)\\s+year))?`,
    (m) => {
      const q = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4, last: 4 }[m.groups!.q!.toLowerCase()];
      // "last quarter" alone means the previous quarter, which the shift rule below covers.
      if (!q || (m.groups!.q === 'last' && !m.groups!.year && !m.groups!.qs)) return undefined;
      return { kind: 'quarter', quarter: q, year: yearOf(m.groups!.year), yearShift: m.groups!.qs ? shiftOf(m.groups!.qs) : undefined };
    },
    'gi',
  ),
  rule(`Q(?<q>[1-4])\\s+${YEAR}`, (m) => ({ kind: 'quarter', quarter: Number(m.groups!.q), year: Number(m.groups!.year) })),
  // summer 2020 · this summer
  rule(`(?:${SHIFT}\\s+)?(?<season>${alt(Object.keys(SEASONS))})(?:\\s+(?:of\\s+)?${YEAR})?`, (m) =>
    m.groups!.shift || m.groups!.year
      ? { kind: 'season', season: SEASONS[m.groups!.season!.toLowerCase()]!, year: yearOf(m.groups!.year), shift: m.groups!.shift ? shiftOf(m.groups!.shift) : undefined }
      : undefined,
  'gi'),
  // last week · this year · earlier this month · next quarter
  rule(`(?:(?:earlier|later)\\s+)?${SHIFT}\\s+(?<unit>week|weekend|month|quarter|year|decade)`, (m) => ({
    kind: 'shift', unit: m.groups!.unit!.toLowerCase() as 'week', amount: shiftOf(m.groups!.shift!.toLowerCase()),
  }), 'gi'),
  // today · yesterday · tomorrow morning · tonight · this morning · last night
  rule(`(?<deictic>today|yesterday|tomorrow|tonight)(?:\\s+${PART})?`, (m) => {
    if (inTitleCase(m)) return undefined;
    const deictic = m.groups!.deictic!.toLowerCase();
    const amount = deictic === 'yesterday' ? -1 : deictic === 'tomorrow' ? 1 : 0;
    const part = deictic === 'tonight' ? 'NI' : m.groups!.part ? DAY_PARTS[m.groups!.part.toLowerCase()] : undefined;
    return { kind: 'shift', unit: 'day', amount, part };
  }, 'gi'),
  rule(`(?<when>this|last)\\s+${PART}`, (m) => ({
    kind: 'shift', unit: 'day', amount: m.groups!.when!.toLowerCase() === 'last' ? -1 : 0, part: DAY_PARTS[m.groups!.part!.toLowerCase()],
  }), 'gi'),
  // Tuesday · last Friday · Saturday night (not "every Monday", not "Mondays")
  rule(`(?<!\\b(?:[Ee]very|[Ee]ach)\\s)(?:(?<wshift>last|next|this)\\s+)?${WEEKDAY}(?:\\s+${PART})?`, (m) => ({
    kind: 'weekday',
    weekday: WEEKDAYS[m.groups!.weekday!.toLowerCase()]!,
    shift: m.groups!.wshift ? shiftOf(m.groups!.wshift) : undefined,
    part: m.groups!.part ? DAY_PARTS[m.groups!.part.toLowerCase()] : undefined,
  })),
  // two years ago
  rule(`${COUNT}\\s+(?<unit>day|week|month|year)s?\\s+ago`, (m) => ({
    kind: 'shift', unit: m.groups!.unit!.toLowerCase() as 'day', amount: -countOf(m.groups!.count),
  }), 'gi'),
  // a day after … · two weeks before … (the anchor is an event unless a date follows)
  rule(`${COUNT}\\s+(?<unit>day|week|month|year)s?\\s+(?<dir>after|before)`, (m) => ({
    kind: 'anchored', unit: m.groups!.unit!.toLowerCase(), amount: countOf(m.groups!.count), direction: m.groups!.dir!.toLowerCase() as 'after',
  }), 'gi'),
  // the following day · the next day · the previous day: from the last day the text gave
  rule(`the\\s+(?<which>following|next|previous|preceding)\\s+day(?!\\s+(?:of|after|before)\\b)`, (m) => ({
    kind: 'anchored', unit: 'day', amount: 1, direction: /^(?:following|next)$/i.test(m.groups!.which!) ? 'after' : 'before', sequel: true,
  }), 'gi'),
  // now · currently · recently · in the past · the future
  rule(`(?:now|currently|nowadays|at present|presently)`, (m) => (inTitleCase(m) ? undefined : { kind: 'reference', value: 'PRESENT_REF' }), 'gi'),
  // "in the past" but not "in the past three years", a duration.
  rule(`(?:recently|(?<=\\bin\\s)the past(?!\\s+(?:[\\w-]+\\s+)?(?:days?|weeks?|months?|years?|decades?|centuries)\\b))`, () => ({ kind: 'reference', value: 'PAST_REF' }), 'gi'),
  rule(`(?<=\\bin\\s)(?:the\\s+)?future`, () => ({ kind: 'reference', value: 'FUTURE_REF' }), 'gi'),
];
