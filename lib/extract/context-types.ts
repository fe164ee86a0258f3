import type { EntityType } from './schema';
import type { Word } from './words';
import type { ResolvedPiece } from './aliases';
import { isCelebrationNoun, isCommonWord, isLeaderNoun, nounClass, type NounClass } from '../wordnet';
import { ORGANIZATION_HEADS, PLACE_HEADS } from './data/heads';
import { MEASURE_UNITS } from './data/units';

type Vote = 'person' | 'organization' | 'place' | 'not-person' | 'qualified-body';

/** Prepositions of place: "in X", "near X". "from" and "by" also take people and bodies. */
const PLACE_PREPOSITIONS = new Set(['in', 'near', 'inside', 'outside', 'across', 'throughout']);
const APPOSITIVE_SKIP = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their']);

/**
 * The class of a lower-case common noun right next to a name. The head lists decide first: WordNet
 * files "forest" with groups (of trees), but "the Sambisa forest" is a place.
 */
function commonNoun(w: Word | undefined, before?: Word): NounClass | undefined {
  // "law firm", which compromise reads as a noun and an adjective: WordNet has the compound.
  const compound = before && /^\p{Ll}/u.test(before.text) && w && /^\p{Ll}/u.test(w.text) ? `${before.lower} ${w.lower}` : undefined;
  if (compound && isCommonWord(compound)) return nounClass(compound);
  if (!w || !/^\p{Ll}/u.test(w.text) || !w.tags.has('Noun')) return undefined;
  return headClass(w.lower);
}

/** A lower-case word's class as a noun, whatever the tagger made of it. */
const headClass = (lower: string): NounClass | undefined => (PLACE_HEADS.has(lower) ? 'location' : ORGANIZATION_HEADS.has(lower) ? 'group' : nounClass(lower));

/** The next word heads the compound when it names a person, a body or a place ("party official", not "group run"). */
const isCompoundHead = (w: Word, next: Word | undefined) =>
  adjacent(w, next) && /^\p{Ll}/u.test(next!.text) && ['person', 'group', 'location'].includes(headClass(next!.lower) ?? '');

const adjacent = (a: Word | undefined, b: Word | undefined) => !!a && !!b && a.sentence === b.sentence && b.gap === ' ' && !a.possessive;

/** What the words around one mention say it is. */
function votesAt(words: Word[], p: ResolvedPiece): Vote[] {
  const votes: Vote[] = [];
  const first = words[p.from]!;
  const last = words[p.to - 1]!;
  const before = words[p.from - 1];
  const after = words[p.to];
  if (adjacent(before, first)) {
    // "the militant group X", "rebel leader X", "the law firm X".
    const kind = nounBefore(words, p);
    votes.push(...typeOfClass(kind));
    // "the tanker X", "the ship X": a thing.
    if (kind === 'artifact' || kind === 'object') votes.push('not-person');
    if (PLACE_PREPOSITIONS.has(before!.lower) && !last.possessive) votes.push('place');
    // "landed at Shannon in the west of Ireland": somewhere, within somewhere else.
    if (before!.lower === 'at' && after?.lower === 'in' && adjacent(last, after)) votes.push('place');
    // "the patient surnamed Song": a person's family name.
    if (before!.lower === 'surnamed') votes.push('person');
    // "The Chosun Ilbo reports", "boarded the Lighthouse Winmore": English puts no article before a
    // personal name, unless the name only qualifies a noun after it ("the Smith report").
    if (before!.lower === 'the' && !commonNoun(adjacent(last, after) ? after : undefined)) votes.push('not-person');
    // "the town of X" names a place; "the leader of X", "members of X" a body or a place, not a person.
    if (before!.lower === 'of' && adjacent(words[p.from - 2], before)) {
      const owner = commonNoun(words[p.from - 2]);
      if (owner === 'location') votes.push('place');
      else if (owner === 'person' || owner === 'group') votes.push('not-person');
    }
  }
  if (adjacent(last, after)) {
    // "the X region", "the X group"; "X militants" are members of X, who is no one person.
    const kind = commonNoun(after);
    if (kind === 'location') votes.push('place');
    // "the X group" names a body; but "the Obama administration" only qualifies one by a name,
    // which, one word and no English one ("Democratic party"), may well be a person's: a guess,
    // which another article's evidence outweighs.
    else if (kind === 'group') votes.push(p.to - p.from === 1 && !isCommonWord(first.lower) ? 'qualified-body' : 'organization');
    else if (kind === 'person' && after!.lower.endsWith('s')) votes.push('not-person');
  }
  votes.push(...appositiveAfter(words, p));
  if (isDistanceAfter(words, p.to)) votes.push('place');
  return votes;
}

/** Units of distance, as the figures' unit table gives them: "kilometres", "km", "kms", "miles". */
const isDistanceUnit = (w: Word) => ['kilometer', 'mile'].includes(MEASURE_UNITS[w.lower] ?? MEASURE_UNITS[w.lower.replace(/s$/, '')] ?? '');

/** "Dinsoor, about 270 kilometres (170 miles) west of Mogadishu": somewhere, so far from somewhere else. */
function isDistanceAfter(words: Word[], to: number): boolean {
  const sentence = words[to - 1]!.sentence;
  if (!/^,\s+$/.test(words[to]?.gap ?? '')) return false;
  for (let i = to; i < to + 4 && i < words.length && words[i]!.sentence === sentence; i++) {
    if (isDistanceUnit(words[i]!)) return i > to && /^[\d,.]+$|^\p{Ll}+$/u.test(words[i - 1]!.text) && words.slice(to, i).some((w) => /\d/.test(w.text) || w.tags.has('Value'));
  }
  return false;
}

/** The class of the common noun right before the mention, or of the compound it ends ("law firm"). */
function nounBefore(words: Word[], p: ResolvedPiece): NounClass | undefined {
  const before = words[p.from - 1];
  if (!adjacent(before, words[p.from])) return undefined;
  return commonNoun(before, adjacent(words[p.from - 2], before) ? words[p.from - 2] : undefined);
}

/** The entity type a noun of this class names: a person, a group's body, a location's place. */
const typeOfClass = (kind: NounClass | undefined): Array<'person' | 'organization' | 'place'> =>
  kind === 'person' ? ['person'] : kind === 'group' ? ['organization'] : kind === 'location' ? ['place'] : [];

/** What a common noun right before the mention says it is: "the radical Palestinian movement Islamic Jihad". */
const kindBefore = (words: Word[], p: ResolvedPiece) => typeOfClass(nounBefore(words, p));

/** "a leader of the Iraqi National Dialogue", "members of the X": what has leaders and members is a body. */
function ledBy(words: Word[], p: ResolvedPiece): Array<'organization'> {
  const [the, of, role] = [words[p.from - 1], words[p.from - 2], words[p.from - 3]];
  // Not "members of the Heaven's Gate cult", whose members the possessive's noun has.
  if (the?.lower !== 'the' || of?.lower !== 'of' || !role || !adjacent(role, of) || !adjacent(of, the) || !adjacent(the, words[p.from]) || words[p.to - 1]!.possessive) return [];
  return isLeaderNoun(role.lower) || /^members?$/.test(role.lower) ? ['organization'] : [];
}

/** What a noun in apposition after the mention says it is. */
function appositiveAfter(words: Word[], p: ResolvedPiece): Array<'person' | 'organization' | 'place'> {
  const last = words[p.to - 1]!;
  const after = words[p.to];
  return after && after.sentence === last.sentence && /^,\s+$/.test(after.gap ?? '') ? appositive(words, p.to) : [];
}

/** "X, a town in …", "X, Vietnam's deputy foreign minister", "X, 27,": the noun or age after a comma. */
function appositive(words: Word[], from: number): Array<'person' | 'organization' | 'place'> {
  const sentence = words[from]!.sentence;
  if (/^\d{1,3}$/.test(words[from]!.text) && /^,/.test(words[from + 1]?.gap ?? '')) return ['person'];
  for (let i = from; i < from + 5 && i < words.length && words[i]!.sentence === sentence; i++) {
    const w = words[i]!;
    if (APPOSITIVE_SKIP.has(w.lower) || w.possessive || w.tags.has('Adjective') || /^\p{Lu}/u.test(w.text)) continue;
    let kind = commonNoun(w);
    // "an Indian home minister", "a party official": a noun before another only qualifies it; the last
    // is what X is, though the tagger may read it as a verb ("investment firm").
    for (let j = i; kind && isCompoundHead(words[j]!, words[j + 1]); j++) kind = headClass(words[j + 1]!.lower);
    return typeOfClass(kind);
  }
  return [];
}

/**
 * A name the extractor could only guess at is typed by what the text says around its mentions:
 * "the militant group X" and "the X group" name a body, "the town of X", "the X region" and
 * "in X" a place, "X, a spokesman" a person; "X militants" are no one person. WordNet's class
 * of the neighbouring noun decides. Names with firm evidence keep their type.
 */
export function typeFromContext(words: Word[], pieces: ResolvedPiece[]): ResolvedPiece[] {
  const byEntity = new Map<string, ResolvedPiece[]>();
  for (const p of pieces) byEntity.set(p.entityId, [...(byEntity.get(p.entityId) ?? []), p]);
  const retyped = new Map<string, { type: EntityType; weak: boolean }>();
  for (const [id, mentions] of byEntity) {
    // A name typed "other" on the evidence of its words ("Protect Democracy" opens on a verb) is a
    // body when an appositive or the noun before it says so: "…, a government watchdog group",
    // "the movement Islamic Jihad".
    // Only a body: "X, a friend of …" says little of what X is, "X, the world's top group" much.
    if (mentions.every((p) => p.type === 'other')) {
      const said = new Set(mentions.flatMap((p) => [...appositiveAfter(words, p), ...kindBefore(words, p), ...ledBy(words, p)]));
      if (said.size === 1 && said.has('organization')) {
        retyped.set(id, { type: 'organization', weak: false });
        continue;
      }
    }
    // "the Muslim Eid al-Adha festival": a name before a time of celebration names it, whatever it reads like.
    // A place keeps its type: the "Abuja carnival" is held in Abuja.
    if (mentions.every((p) => p.type !== 'place') && mentions.some((p) => isCelebrationNoun(words[p.to]?.lower ?? '') && adjacent(words[p.to - 1], words[p.to]))) {
      retyped.set(id, { type: 'other', weak: false });
      continue;
    }
    if (mentions.some((p) => !p.weak)) continue;
    const votes = mentions.flatMap((p) => votesAt(words, p));
    const count = (v: Vote) => votes.filter((x) => x === v).length;
    const ranked = (['organization', 'place', 'person'] as const)
      .map((type) => ({ type, n: count(type) + (type === 'organization' ? count('qualified-body') : 0) - (type === 'person' ? count('not-person') : 0) }))
      .sort((a, b) => b.n - a.n);
    const onlyQualifies = ranked[0]!.type === 'organization' && count('organization') === 0;
    if (ranked[0]!.n > 0 && ranked[0]!.n > ranked[1]!.n) retyped.set(id, { type: ranked[0]!.type, weak: onlyQualifies });
    // Evidence against a guess: "the X" is no person, though the text says not what it is.
    else if (mentions[0]!.type === 'person' && count('not-person') > count('person')) retyped.set(id, { type: 'other', weak: false });
  }
  return pieces.map((p) => (retyped.has(p.entityId) ? { ...p, ...retyped.get(p.entityId)! } : p));
}
