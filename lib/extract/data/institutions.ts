/**
 * Well-known international and national institutions and news agencies whose
 * names carry no head word ("White House", "Kremlin", "NATO"). Generic world
 * knowledge for newswire, keyed by surface form → canonical.
 */
const ORGANIZATIONS: Record<string, string> = {
  'White House': 'White House', Kremlin: 'Kremlin', Pentagon: 'Pentagon', Congress: 'Congress',
  'Capitol Hill': 'Congress', 'Downing Street': 'Downing Street', Elysee: 'Elysee',
  'Elysee Palace': 'Elysee', Knesset: 'Knesset', Duma: 'Duma', 'State Duma': 'Duma',
  Bundestag: 'Bundestag', Politburo: 'Politburo', Vatican: 'Vatican', Interpol: 'Interpol',
  Xinhua: 'Xinhua', Interfax: 'Interfax', Reuters: 'Reuters', AFP: 'Agence France-Presse',
  'Agence France-Presse': 'Agence France-Presse', 'Agence France Presse': 'Agence France-Presse',
  AP: 'Associated Press', 'Associated Press': 'Associated Press', 'ITAR-TASS': 'ITAR-TASS',
  TASS: 'ITAR-TASS', BBC: 'BBC', CNN: 'CNN', 'United Nations': 'United Nations',
  UN: 'United Nations', 'U.N.': 'United Nations', NATO: 'NATO', 'European Union': 'European Union',
  EU: 'European Union', 'E.U.': 'European Union', IMF: 'International Monetary Fund',
  'World Bank': 'World Bank', WTO: 'World Trade Organization', OPEC: 'OPEC', ASEAN: 'ASEAN',
  APEC: 'APEC', OECD: 'OECD', WHO: 'World Health Organization', UNESCO: 'UNESCO',
  UNICEF: 'UNICEF', FBI: 'FBI', CIA: 'CIA', NASA: 'NASA', 'Red Cross': 'Red Cross',
  Hamas: 'Hamas', Hezbollah: 'Hezbollah', Taliban: 'Taliban', 'al-Qaeda': 'al-Qaeda',
  'Al-Qaeda': 'al-Qaeda', 'Al Qaeda': 'al-Qaeda', 'Wall Street': 'Wall Street',
  Fed: 'Federal Reserve',
  'Federal Reserve': 'Federal Reserve', 'G7': 'G7', 'G8': 'G8', 'G20': 'G20', 'G-7': 'G7', 'G-8': 'G8', 'G-20': 'G20',
};

/** Treaties and trade blocs known by short names. */
const AGREEMENTS: Record<string, string> = {
  NAFTA: 'North American Free Trade Agreement', GATT: 'General Agreement on Tariffs and Trade',
  'Kyoto Protocol': 'Kyoto Protocol',
  'Paris Agreement': 'Paris Agreement', Schengen: 'Schengen Agreement',
};

export type InstitutionType = 'organization' | 'agreement';

export const INSTITUTIONS = new Map<string, { canonical: string; type: InstitutionType }>([
  ...Object.entries(ORGANIZATIONS).map(([k, v]) => [k, { canonical: v, type: 'organization' as const }] as const),
  ...Object.entries(AGREEMENTS).map(([k, v]) => [k, { canonical: v, type: 'agreement' as const }] as const),
]);

/** All-caps tokens that are common words or abbreviations, never names. */
export const NON_ENTITY_ACRONYMS = new Set([
  'AIDS', 'HIV', 'GDP', 'GNP', 'CPI', 'CEO', 'CFO', 'COO', 'TV', 'OK', 'PM', 'AM', 'A.M.', 'P.M.',
  'UTC', 'GMT', 'EST', 'EDT', 'PST', 'USD', 'EUR', 'GBP', 'JPY', 'CNY', 'CAD', 'MYR', 'VAT', 'IT',
  'PC', 'DNA', 'SUV', 'ATM', 'FAQ', 'PDF', 'URL', 'ID', 'IQ', 'MP', 'MPS', 'VIP', 'NB', 'PS',
  'I', 'A', 'II', 'III', 'IV', 'NO', 'YES', 'AND', 'THE', 'OF', 'COVID', 'SARS', 'BSE', 'CO2',
]);
