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

/** A dateline run into the first paragraph: any of place and date, then the agency in brackets. */
export interface DatelineLead {
  text: string;
  place?: string;
  /** YYYY-MM-DD, when the lead gives the year. */
  date?: string;
  /** Absent in a paper's own dateline ("WASHINGTON — The …"). */
  agency?: string;
  /** The paragraph after the dateline. */
  rest: string;
}

const MONTH_NAME =
  'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';
const DATELINE = new RegExp(
  String.raw`^(\p{Lu}[\p{Lu} .'’-]+?)(?:,\s+(\p{Lu}[\p{L} .'’-]+?))?,\s+(${MONTH_NAME})\.?\s+(\d{1,2}),?\s+(\d{4})` +
    String.raw`(?:,?\s*\(([^)]{1,40})\)|,\s*\d{4})?[,.]?$`,
  'u',
);

/**
 * A dateline's day: impossible days such as February 30 are no dateline, rather than rolling
 * over. Without a year only whether the day can exist is known (a leap year allows February 29).
 */
function dayOf(monthName: string, day: string, year: string | undefined): { date?: string } | undefined {
  const month = MONTHS[monthName.toLowerCase()]!;
  if (!isValidDay(Number(year ?? 2000), month, Number(day))) return undefined;
  return year ? { date: formatDay(new Date(Date.UTC(Number(year), month - 1, Number(day)))) } : {};
}

const placeOf = (city: string, region: string | undefined) => (region ? `${city.trim()}, ${region.trim()}` : city.trim());

export function parseDateline(line: string): Dateline | undefined {
  const match = DATELINE.exec(line);
  if (!match) return undefined;
  const [, city, region, monthName, day, year, agency] = match;
  const date = dayOf(monthName!, day!, year!)?.date;
  if (!date) return undefined;
  return { place: placeOf(city!, region), date, ...(agency ? { agency: agency.trim() } : {}) };
}

const DATELINE_LEAD = new RegExp(
  String.raw`^(?:(\p{Lu}[\p{Lu} .'’-]+?)(?:,\s+(\p{Lu}[\p{L} .'’-]+?))?,?\s+)?(?:(${MONTH_NAME})\.?\s+(\d{1,2})(?:,\s+(\d{4}))?,?\s+)?` +
    String.raw`\((\p{Lu}[\p{L}.&']*(?:\s\p{Lu}[\p{L}.&']*){0,2})\)\s*(?:[—–]|-{1,2})?\s*(?=["“‘]?\p{Lu})`,
  'u',
);

/** "Washington (AFP) – Special Counsel …": a city in title case takes an agency in capitals and a dash. */
const TITLE_CASE_LEAD = /^(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,2})\s+\((\p{Lu}{2,6})\)\s*(?:[—–]|-{1,2})\s*(?=["“‘]?\p{Lu})/u;

/** "WASHINGTON — The …", "WEST PALM BEACH, Fla. — …": a paper's own dateline, its city in capitals and a dash. */
const PAPER_DATELINE = /^(\p{Lu}{2,}[\p{Lu} .'’-]*?)(?:,\s+(\p{Lu}[\p{L} .'’-]+?))?\s+(?:[—–]|--)\s*(?=["“‘]?\p{Lu})/u;

/**
 * "WASHINGTON (Reuters) - The …", "Washington (AFP) – Special …", "April 29 (UPI) — A caravan …", "(CNN) Boko Haram …": the
 * agency's dateline glued to the first paragraph. A bracketed word alone counts only in capitals
 * ("(CNN)"), so that "(Updated) The …" stays text.
 */
export function parseDatelineLead(text: string): DatelineLead | undefined {
  const own = PAPER_DATELINE.exec(text);
  if (own) return { text: own[0].trim(), place: placeOf(own[1]!, own[2]), rest: text.slice(own[0].length).trim() };
  const titled = TITLE_CASE_LEAD.exec(text);
  if (titled) return { text: titled[0].trim(), place: titled[1]!, agency: titled[2]!, rest: text.slice(titled[0].length).trim() };
  const match = DATELINE_LEAD.exec(text);
  if (!match) return undefined;
  const [lead, city, region, monthName, day, year, agency] = match;
  if (!city && !monthName && !/^\p{Lu}{2,6}$/u.test(agency!)) return undefined;
  const dated = monthName ? dayOf(monthName, day!, year) : {};
  if (!dated) return undefined;
  return { text: lead!.trim(), ...(city && { place: placeOf(city, region) }), ...dated, agency: agency!, rest: text.slice(lead!.length).trim() };
}
