/**
 * Wire-service datelines on a line of their own: "MOSCOW, April 1, 1997 (AFP)",
 * "CAPE TOWN, South Africa, April 9, 1997 (AFP)", "HONG KONG, Dec 4, 2005".
 */

import { formatDay, isValidDay, MONTHS } from '../calendar';

export interface Dateline {
  place: string;
  /** YYYY-MM-DD */
  date: string;
  agency?: string;
}

const MONTH_NAME =
  'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';
const DATELINE = new RegExp(
  String.raw`^(\p{Lu}[\p{Lu} .'’-]+?)(?:,\s+(\p{Lu}[\p{L} .'’-]+?))?,\s+(${MONTH_NAME})\.?\s+(\d{1,2}),?\s+(\d{4})` +
    String.raw`(?:,?\s*\(([^)]{1,40})\)|,\s*\d{4})?[,.]?$`,
  'u',
);

export function parseDateline(line: string): Dateline | undefined {
  const match = DATELINE.exec(line);
  if (!match) return undefined;
  const [, city, region, monthName, day, year, agency] = match;
  const month = MONTHS[monthName!.toLowerCase()]!;
  // Impossible days such as February 30 are no dateline, rather than rolling over.
  if (!isValidDay(Number(year), month, Number(day))) return undefined;
  const date = formatDay(new Date(Date.UTC(Number(year), month - 1, Number(day))));
  const place = region ? `${city!.trim()}, ${region.trim()}` : city!.trim();
  return { place, date, ...(agency ? { agency: agency.trim() } : {}) };
}
