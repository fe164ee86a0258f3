/**
 * Job titles that can precede or describe a person ("Defence Minister X",
 * "X, a trade expert"). Heads end a title phrase; modifiers and portfolios may
 * precede a head inside it. All entries are lower case.
 */
export const TITLE_HEADS = new Set([
  'president', 'vice-president', 'minister', 'premier', 'secretary', 'governor', 'mayor', 'senator',
  'sen', 'congressman', 'congresswoman', 'representative', 'rep', 'ambassador', 'envoy', 'chancellor',
  'king', 'queen', 'prince', 'princess', 'emperor', 'sheikh', 'pope', 'cardinal', 'archbishop',
  'bishop', 'rabbi', 'imam', 'ayatollah', 'judge', 'justice', 'attorney', 'prosecutor', 'lawyer',
  'general', 'gen', 'admiral', 'colonel', 'col', 'major', 'captain', 'capt', 'lieutenant', 'lt',
  'sergeant', 'sgt', 'commander', 'marshal', 'chief', 'chairman', 'chairwoman', 'chair',
  'chairperson', 'director', 'director-general', 'head', 'leader', 'spokesman', 'spokeswoman',
  'spokesperson', 'adviser', 'advisor', 'aide', 'official', 'officer', 'diplomat', 'executive',
  'ceo', 'cfo', 'coo', 'founder', 'owner', 'manager', 'president-elect', 'pm', 'economist',
  'analyst', 'expert', 'professor', 'researcher', 'scientist', 'meteorologist', 'correspondent',
  'reporter', 'editor', 'columnist', 'commentator', 'strategist', 'consultant', 'negotiator',
  'czar', 'tsar', 'coordinator', 'commissioner', 'superintendent', 'inspector', 'treasurer',
  'speaker', 'delegate', 'deputy', 'lawmaker', 'legislator', 'mp', 'governor-general', 'dr', 'emeritus', 'councilor', 'councillor',
  'mr', 'mrs', 'ms', 'miss', 'sir', 'dame', 'lord', 'lady', 'father', 'sister', 'brother',
  'rev', 'reverend', 'prof', 'coach', 'striker', 'midfielder', 'goalkeeper', 'champion',
  'candidate', 'activist', 'campaigner', 'economist', 'historian', 'physician',
  'doctor', 'surgeon', 'author', 'writer', 'novelist', 'poet', 'artist', 'singer', 'actor',
  'actress', 'director', 'producer', 'player', 'partner', 'fellow', 'dean', 'provost',
  'magistrate', 'sheriff', 'constable', 'warden', 'consul', 'attache', 'emir', 'sultan', 'shah',
  'monarch', 'patriarch', 'metropolitan', 'secretary-general', 'undersecretary', 'under-secretary',
  'agent', 'detective', 'trooper', 'ranger', 'baron', 'baroness', 'skipper', 'astronaut', 'billionaire', 'veterinarian',
]);

/** Words that may sit inside a title before its head: "Prime", "Deputy", "press". */
export const TITLE_MODIFIERS = new Set([
  'prime', 'deputy', 'vice', 'assistant', 'associate', 'senior', 'junior', 'chief', 'top', 'lead',
  'principal', 'executive', 'general', 'special', 'first', 'second', 'press', 'economic',
  'political', 'military', 'foreign', 'national', 'federal', 'state', 'provincial', 'regional',
  'district', 'county', 'city', 'local', 'presidential', 'trade', 'security', 'defence', 'defense',
  'finance', 'financial', 'health', 'interior', 'home', 'justice', 'labor', 'labour', 'commerce',
  'treasury', 'energy', 'education', 'agriculture', 'transport', 'transportation', 'economy',
  'environment', 'environmental', 'immigration', 'homeland', 'public', 'attorney', 'auditor',
  'solicitor', 'crown', 'managing', 'co', 'party', 'opposition', 'majority', 'minority',
  'parliamentary', 'cabinet', 'industry', 'development', 'information', 'culture', 'tourism',
  'communications', 'fisheries', 'oil', 'mining', 'planning', 'budget', 'investment', 'staff',
  'joint', 'intelligence', 'research', 'policy', 'legal', 'medical', 'science', 'technology',
  'affairs', 'relations', 'border', 'customs', 'veterans', 'housing', 'water', 'resources',
  'natural', 'social', 'welfare', 'sports', 'youth', 'women', 'family', 'human', 'rights', 'rural',
  'urban', 'mines', 'petroleum', 'railways', 'aviation', 'civil', 'post', 'telecommunications',
  'reconstruction', 'drug', 'crime', 'consumer', 'markets',
]);

/** Status words around a title: "former Governor", "Secretary nominee". */
export const TITLE_STATUS: Record<string, 'former' | 'acting' | 'interim' | 'nominee' | 'elect' | 'designate'> = {
  former: 'former',
  ex: 'former',
  acting: 'acting',
  interim: 'interim',
  nominee: 'nominee',
  'nominee-designate': 'nominee',
  designate: 'designate',
  elect: 'elect',
};

/** Honorifics: a capitalised word after these is a person even without other evidence. */
/** Styles a person is named by for life, part of how news writes the name: "Queen Elizabeth II", "Pope Francis". */
export const NAME_STYLES = new Set(['king', 'queen', 'prince', 'princess', 'emperor', 'empress', 'pope', 'sheikh']);

export const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lord', 'lady', 'rev', 'prof']);
