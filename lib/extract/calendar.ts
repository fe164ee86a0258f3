/** Calendar arithmetic on UTC dates, formatted as TimeML values. */

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function parseIsoDate(value: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return undefined;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return Number.isNaN(date.getTime()) || date.getUTCDate() !== Number(m[3]) ? undefined : date;
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

export function formatDay(date: Date): string {
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

export function formatMonth(year: number, month: number): string {
  // Normalise month overflow so that "last month" in January is December of the year before.
  const index = year * 12 + (month - 1);
  return `${pad(Math.floor(index / 12), 4)}-${pad((index % 12) + 1)}`;
}

/** ISO 8601 week: weeks start on Monday; week 1 holds the year's first Thursday. */
export function formatWeek(date: Date): string {
  const thursday = addDays(date, 3 - ((date.getUTCDay() + 6) % 7));
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * 86_400_000)) + 1;
  return `${pad(year, 4)}-W${pad(week)}`;
}

export function formatQuarter(year: number, quarter: number): string {
  const index = year * 4 + (quarter - 1);
  return `${pad(Math.floor(index / 4), 4)}-Q${(index % 4) + 1}`;
}

export function quarterOf(date: Date): number {
  return Math.floor(date.getUTCMonth() / 3) + 1;
}

export function isValidDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
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
      : Math.round(Math.abs(Date.UTC(year, month - 1, day) - ref.getTime()) / 86_400_000);
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
