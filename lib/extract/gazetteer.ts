import { COUNTRIES, PEOPLES } from './data/countries';
import { CANADIAN_PROVINCES, REGIONS, US_STATES } from './data/regions';
import { INSTITUTIONS } from './data/institutions';
import type { EntityType } from './schema';

export interface KnownName {
  canonical: string;
  type: EntityType;
}

const NAMES = new Map<string, KnownName>();
const DEMONYMS = new Map<string, string>();

for (const country of COUNTRIES) {
  for (const name of [country.name, ...country.aliases]) NAMES.set(name, { canonical: country.name, type: 'place' });
  for (const demonym of country.demonyms) DEMONYMS.set(demonym, country.name);
}
for (const name of [...US_STATES, ...CANADIAN_PROVINCES, ...REGIONS]) NAMES.set(name, { canonical: name, type: 'place' });
for (const [name, known] of INSTITUTIONS) NAMES.set(name, known);

/** Country, region, state or institution by surface form; all-caps datelines ("MOSCOW") fall back to title case. */
export function lookupName(raw: string): KnownName | undefined {
  const surface = raw.replace(/’/g, "'");
  const exact = NAMES.get(surface) ?? NAMES.get(surface.replace(/^the /i, ''));
  if (exact || !/^[A-Z .'-]{4,}$/.test(surface)) return exact;
  return NAMES.get(surface.toLowerCase().replace(/\b[a-z]/g, (c) => c.toUpperCase()));
}

const COUNTRY_NAMES = new Set(COUNTRIES.map((c) => c.name));

/** A country's canonical name ("United States"), as lookupName gives it. */
export function isCountry(canonical: string): boolean {
  return COUNTRY_NAMES.has(canonical);
}

const REGION_NAMES = new Set(REGIONS);

/** A region's name ("Mediterranean", "Sahel"), not a country's, a state's or a province's. */
export const isRegion = (canonical: string) => REGION_NAMES.has(canonical);

const PEOPLE_WORDS = new Set(PEOPLES);

/** "Mexican" → "Mexico". */
export function countryOfDemonym(word: string): string | undefined {
  return DEMONYMS.get(word);
}

const COMPASS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'latin']);

/** A word of direction that names part of a place ("North", "Southern", "Central", "Latin"). */
export const isCompassWord = (word: string) => COMPASS.has(word.toLowerCase());

/** Nationality, religion or ethnic group adjective ("Mexican", "Shiite"). */
export function isGroupAdjective(word: string): boolean {
  // "Islamists", "Muslims": a people's plural is no name either.
  return DEMONYMS.has(word) || PEOPLE_WORDS.has(word) || PEOPLE_WORDS.has(word.replace(/s$/, '')) || isDerivedDemonym(word);
}

/** The endings English makes a nationality with, longest first. */
const DEMONYM_ENDINGS = ['ean', 'ian', 'ese', 'an', 'n', 'i'];

/**
 * "Zairean", "Chadian": a country's name the gazetteer knows, with the ending of a nationality,
 * for the nationalities no list spells out. The stem may have lost a final "e" or "a" ("Zaire").
 */
function isDerivedDemonym(word: string): boolean {
  return DEMONYM_ENDINGS.some((ending) => {
    if (!word.endsWith(ending) || word.length - ending.length < 3) return false;
    const stem = word.slice(0, -ending.length);
    return [stem, `${stem}e`, `${stem}a`].some((name) => {
      const known = NAMES.get(name);
      return known !== undefined && isCountry(known.canonical);
    });
  });
}
