/**
 * English news extraction: plain text in, mentions with UTF-16 character
 * offsets out. Pure functions, no I/O.
 */
export { extractEntities } from './entities';
export { extractDates, type DateOptions } from './dates';
export { extractFigures } from './figures';
export { extractQuotes } from './quotes';
export { countryOfDemonym, isCompassWord, isCountry, isGroupAdjective, isRegion, lookupName } from './gazetteer';
export { countryOfCity } from './cities';
export { acronymsOf, isNamedAfterPlace } from './aliases';
export { AGREEMENT_MODIFIERS, HYPHENATED_NAME_PARTICLES, LEGAL_FORMS } from './data/heads';
export { FORMAL_NAMES } from './data/nicknames';
export { NAME_STYLES } from './data/titles';
export { isFirstName, isGeneration } from './words';
export { stateOfCounted, verbLemma } from './predicate';
export { inferReferenceDate } from './reference-date';
export * from './schema';
