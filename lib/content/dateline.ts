/**
 * Wire-service datelines on a line of their own: "MOSCOW, April 1, 1997 (AFP)",
 * "CAPE TOWN, South Africa, April 9, 1997 (AFP)", "HONG KONG, Dec 4, 2005".
 */

export interface Dateline {
  place: string;
  /** YYYY-MM-DD */
  date: string;
  agency?: string;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAME =
  'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';
const DATELINE = new RegExp(
  String.raw`^(\p{Lu}[\p{Lu} .'’-]+?)(?:,\s+(\p{Lu}[\p{L} .'’-]+?))?,\s+(${MONTH_NAME})\.?\s+(\d{1,2}),?\s+(\d{4})` +
    String.raw`(?:,?\s*\(([^)]{1,40})\)|,\s*\d{4})?[,.]?$`,
  'u',
);

const pad = (n: number) => String(n).padStart(2, '0');

export function parseDateline(line: string): Dateline | undefined {
  const match = DATELINE.exec(line);
  if (!match) return undefined;
  const [, city, region, monthName, day, year, agency] = match;
  const month = MONTHS.indexOf(monthName!.slice(0, 3).toLowerCase()) + 1;
  const date = `${year}-${pad(month)}-${pad(Number(day))}`;
  // Reject impossible days such as February 30 rather than letting Date roll them over.
  if (new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) !== date) return undefined;
  const place = region ? `${city!.trim()}, ${region.trim()}` : city!.trim();
  return { place, date, ...(agency ? { agency: agency.trim() } : {}) };
}
