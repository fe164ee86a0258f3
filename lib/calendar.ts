/**
 * The one calendar module: month and weekday names (from Intl, in English), UTC date arithmetic,
 * ISO weeks, and TimeML values ("2025-02-04", "2025-W06", "2025-Q1", "2025-SU") as they sort and
 * as a reader says them. Every layer of the pipeline uses it, so it imports nothing.
 */

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const DAY_MS = 86_400_000;

const names = (options: Intl.DateTimeFormatOptions, dates: number[]) => {
  const format = new Intl.DateTimeFormat('en', { ...options, timeZone: 'UTC' });
  return dates.map((d) => format.format(d));
};
const MONTH_STARTS = Array.from({ length: 12 }, (_, i) => Date.UTC(2001, i, 1));
/** 2001-01-07 was a Sunday: index 0 = Sunday, matching Date#getUTCDay. */
const WEEK = Array.from({ length: 7 }, (_, i) => Date.UTC(2001, 0, 7 + i));

/** "January" … "December". */
export const MONTH_NAMES = names({ month: 'long' }, MONTH_STARTS);

/**
 * Month number by lower-case name or abbreviation: "january", "jan", and "sept", the one
 * abbreviation news copy uses that Intl does not give.
 */
export const MONTHS: Record<string, number> = Object.fromEntries([
  ...MONTH_NAMES.map((name, i) => [name.toLowerCase(), i + 1]),
  ...names({ month: 'short' }, MONTH_STARTS).map((name, i) => [name.toLowerCase(), i + 1]),
  ['sept', 9],
]);

/** Weekday number (0 = Sunday) by lower-case name. */
export const WEEKDAYS: Record<string, number> = Object.fromEntries(names({ weekday: 'long' }, WEEK).map((name, i) => [name.toLowerCase(), i]));

const SEASON_NAMES: Record<string, string> = { SP: 'Spring', SU: 'Summer', FA: 'Autumn', WI: 'Winter' };

export function parseIsoDate(value: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return undefined;
  return isValidDay(Number(m[1]), Number(m[2]), Number(m[3])) ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
}

export function isValidDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Whole days from `from` to `to`, negative when `to` is earlier. */
export function daysBetween(from: Date, to: Date): number {
  return Math.round((to.getTime() - from.getTime()) / DAY_MS);
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

export function formatDay(date: Date): string {
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

export function formatMonth(year: number, month: number): string {
  // Normalise month overflow so that "last month" in January is December of the year before.
  const index = year * 12 + (month - 1);
  return `${pad(Math.floor(index / 12), 4)}-${pad((index % 12) + 1)}`;
}

/** The Monday of an ISO 8601 week: weeks start on Monday, and week 1 holds the year's first Thursday. */
export function isoWeekStart(year: number, week: number): Date {
  const january4 = new Date(Date.UTC(year, 0, 4));
  return addDays(january4, 7 * (week - 1) - ((january4.getUTCDay() + 6) % 7));
}

/** The ISO 8601 week of a day, "2025-W06". */
export function formatWeek(date: Date): string {
  const thursday = addDays(date, 3 - ((date.getUTCDay() + 6) % 7));
  const year = thursday.getUTCFullYear();
  const week = Math.round((thursday.getTime() - isoWeekStart(year, 1).getTime() - 3 * DAY_MS) / (7 * DAY_MS)) + 1;
  return `${pad(year, 4)}-W${pad(week)}`;
}

export function formatQuarter(year: number, quarter: number): string {
  const index = year * 4 + (quarter - 1);
  return `${pad(Math.floor(index / 4), 4)}-Q${(index % 4) + 1}`;
}

export function quarterOf(date: Date): number {
  return Math.floor(date.getUTCMonth() / 3) + 1;
}

/**
 * The year for a month (and day) given without one: the occurrence nearest the
 * reference date; on a tie the sentence's tense decides (future → later).
 */
export function nearestYear(ref: Date, month: number, day: number | undefined, future: boolean): number {
  const refYear = ref.getUTCFullYear();
  // Month-only expressions compare in months, so that October seen from April is a tie.
  const distance = (year: number) =>
    day === undefined
      ? Math.abs(year * 12 + month - (refYear * 12 + ref.getUTCMonth() + 1))
      : Math.round(Math.abs(Date.UTC(year, month - 1, day) - ref.getTime()) / DAY_MS);
  const years = [refYear - 1, refYear, refYear + 1];
  years.sort((a, b) => distance(a) - distance(b) || (future ? b - a : a - b));
  return years[0] ?? refYear;
}

/**
 * A bare weekday in news copy: the most recent such day on or before the
 * reference date (an AFP story dated Tuesday saying "reported Tuesday" means
 * that same day); in a sentence about the future, the next such day on or after it.
 */
export function nearestWeekday(ref: Date, weekday: number, future: boolean): Date {
  const diff = weekday - ref.getUTCDay();
  if (future) return addDays(ref, (diff + 7) % 7);
  return addDays(ref, -((-diff + 7) % 7));
}

/** Sorts date values by the day they start on: "2025" < "2025-02" < "2025-W07" < "2025-03-04". */
export function dateSortKey(value: string): string {
  const [year, rest = ''] = [value.slice(0, 4), value.slice(5)];
  if (/^W\d{2}$/.test(rest)) return `${formatDay(isoWeekStart(Number(year), Number(rest.slice(1))))}~w`;
  if (/^Q[1-4]$/.test(rest)) return `${year}-${pad((Number(rest[1]) - 1) * 3 + 1)}~q`;
  const season = { SP: '03', SU: '06', FA: '09', WI: '12' }[rest];
  if (season) return `${year}-${season}~s`;
  return value;
}

/**
 * A date value as a reader says it, at its own precision: "2025-02-04" → "February 4, 2025",
 * "2025-03" → "March 2025" (never "March 1"), "2025-W06" → "Week 6, 2025", "2025-Q1" → "Q1 2025".
 */
export function formatDateValue(value: string): string {
  const [year, rest] = [value.slice(0, 4), value.slice(5)];
  if (!rest) return year;
  if (/^W\d{2}$/.test(rest)) return `Week ${Number(rest.slice(1))}, ${year}`;
  if (/^Q[1-4]$/.test(rest)) return `${rest} ${year}`;
  if (SEASON_NAMES[rest]) return `${SEASON_NAMES[rest]} ${year}`;
  const [month, day] = rest.split('-').map(Number);
  const monthName = MONTH_NAMES[month! - 1] ?? rest;
  return day ? `${monthName} ${day}, ${year}` : `${monthName} ${year}`;
}
