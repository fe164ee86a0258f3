/** Legal forms a company's name ends in ("Friedman LLP", "Siemens AG"): each makes it a company. */
export const LEGAL_FORMS = [
  'inc', 'incorporated', 'corp', 'corporation', 'co', 'company', 'ltd', 'limited', 'llc', 'llp', 'lp', 'plc',
  'ag', 'sa', 'nv', 'bv', 'gmbh', 'spa', 'bhd',
];

/**
 * Head words: the last word of a capitalised name decides its type
 * ("Bank of Canada", "Clean Air Act", "Paris Agreement", "Mexico City").
 * All entries are lower case.
 */
export const ORGANIZATION_HEADS = new Set([
  'department', 'ministry', 'agency', 'administration', 'authority', 'bureau', 'office', 'service',
  'services', 'commission', 'committee', 'council', 'board', 'court', 'tribunal', 'parliament',
  'congress', 'senate', 'assembly', 'legislature', 'cabinet', 'government', 'party', 'union',
  'league', 'alliance', 'coalition', 'front', 'movement', 'federation', 'confederation',
  'association', 'organization', 'organisation', 'institute', 'institution', 'foundation', 'fund',
  'society', 'academy', 'university', 'college', 'school', 'hospital', 'clinic', 'centre', 'center',
  'bank', 'exchange', 'reserve', 'group', ...LEGAL_FORMS, 'holdings', 'industries', 'motors', 'airlines', 'airways', 'systems',
  'technologies', 'enterprises', 'partners', 'associates', 'network', 'news', 'times', 'post',
  'journal', 'herald', 'tribune', 'gazette', 'press', 'newspaper', 'magazine', 'broadcaster', 'television', 'radio', 'army', 'navy',
  'corps', 'force', 'forces', 'guard', 'police', 'militia', 'brigade', 'battalion', 'regiment',
  'command', 'secretariat', 'directorate', 'inspectorate', 'protection', 'enforcement', 'patrol', 'customs',
  'mission', 'church', 'club', 'team', 'chamber', 'trust', 'consortium', 'cooperative', 'bloc', 'forum',
  'house', 'shimbun', 'daily', 'air', 'communications', 'observatory', 'laboratory', 'laboratories', 'museum', 'library',
  // Works run by a company: "Harbin Boiler Factory", "Daqing Refinery".
  'factory', 'plant', 'works', 'mill', 'refinery', 'shipyard', 'brewery',
]);

/** Laws, acts and policies ("Resolution 1441" is handled with its number). */
export const LAW_HEADS = new Set([
  'act', 'law', 'bill', 'code', 'constitution', 'amendment', 'proclamation', 'policy', 'order',
  'decree', 'directive', 'statute', 'ordinance', 'regulation', 'regulations', 'resolution',
  'doctrine', 'program', 'programme', 'initiative', 'plan', 'rule',
]);

/** Heads that take an identifying number: "Proclamation 7463", "Resolution 1441". */
export const NUMBERED_LAW_HEADS = new Set(['proclamation', 'order', 'resolution', 'decree', 'directive', 'bill', 'law']);

export const AGREEMENT_HEADS = new Set([
  'agreement', 'agreements', 'treaty', 'accord', 'accords', 'pact', 'convention', 'protocol',
  'charter', 'deal', 'partnership', 'memorandum',
]);

export const PLACE_HEADS = new Set([
  'republic', 'kingdom', 'emirate', 'emirates',
  'city', 'town', 'village', 'county', 'province', 'prefecture', 'district', 'region', 'territory',
  'island', 'islands', 'river', 'lake', 'sea', 'ocean', 'gulf', 'bay', 'strait', 'straits',
  'channel', 'canal', 'valley', 'mountain', 'mountains', 'mount', 'hills', 'peninsula', 'desert',
  'coast', 'plain', 'plains', 'plateau', 'basin', 'delta', 'square', 'street', 'avenue', 'road',
  'bridge', 'airport', 'port', 'harbour', 'harbor', 'park', 'heights', 'forest',
  // Facilities, named for where they are: "Jiaojiazhai Coal Mine", "Nanshan Colliery".
  'mine', 'mines', 'colliery', 'pit', 'quarry', 'station', 'stadium', 'arena', 'dam', 'reservoir',
  'terminal', 'base', 'camp', 'prison', 'jail', 'palace', 'residence', 'embassy', 'consulate', 'entry',
]);

/** Events, competitions, indices, eras: names that are none of the typed kinds. */
export const OTHER_HEADS = new Set([
  'cup', 'games', 'olympics', 'championship', 'championships', 'open', 'tournament', 'competition',
  'league', 'index', 'dynasty', 'war', 'festival', 'expo', 'prize', 'award', 'awards', 'summit',
  'conference', 'fair', 'show', 'marathon', 'rally', 'series', 'trophy', 'derby', 'olympiad',
  'revolution', 'era', 'day', 'week', 'year', 'meeting', 'talks', 'round', 'agenda', 'roadmap',
]);

/** Lower-case words a generic agreement may carry: "U.S.-Mexico-Canada trade agreement". */
export const AGREEMENT_MODIFIERS = new Set(['trade', 'free', 'free-trade', 'peace', 'security', 'nuclear', 'border', 'ceasefire', 'cease-fire', 'defence', 'defense', 'bilateral', 'trilateral']);

/** Connectors allowed inside a name ("Bank of Canada", "Customs and Border Protection"). */
export const NAME_CONNECTORS = new Set(['of', 'for', 'on', 'and', '&', 'in', 'the', 'de', 'del', 'la', 'le', 'du', 'des', 'da', 'di', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'al', 'el']);

/** Connectors that only occur inside personal names. */
export const NAME_PARTICLES = new Set(['de', 'del', 'la', 'le', 'du', 'des', 'da', 'di', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'al', 'el']);

/** Lower-case particles hyphenated to the name they belong to: "al-Maliki", "el-Baradei", "ad-Din". */
export const HYPHENATED_NAME_PARTICLES = new Set(['al', 'el', 'ad', 'ash', 'as', 'at', 'an', 'ar', 'az', 'ud', 'bin', 'ibn', 'ben']);
