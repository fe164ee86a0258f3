import { AGREEMENT_MODIFIERS, FORMAL_NAMES, HYPHENATED_NAME_PARTICLES, LEGAL_FORMS, NAME_STYLES, acronymsOf, countryOfDemonym, isCompassWord, isCountry, isFirstName, isGeneration, isGroupAdjective, isNamedAfterPlace, isRegion, lookupName, type EntityMention } from '../extract';
import type { AnalyzedEntity, EntityRole, Located } from '../schema/story';
import type { ArticleMentions, At } from './extract-article';
import { withHeadlines } from './headline-entities';
import { readableId, uniqueIds } from './ids';
import { WEEKDAYS } from '../calendar';
import { isCommonWord, isKindOfPersonOrQuality, isPeopleOfName, isSynonym, isUndertakingNoun, nounClass, readsAsNoun, sameThing } from '../wordnet';

/** The mentions of one entity within one article, as the extractor grouped them. */
interface Cluster {
  article: string;
  canonical: string;
  type: EntityMention['type'];
  /** The extractor only guessed the type from the name's shape in this article. */
  guessed: boolean;
  mentions: At<EntityMention>[];
}

const TYPE_ORDER: EntityMention['type'][] = ['person', 'law', 'agreement', 'organization', 'place', 'other'];
const MAX_COOCCURRING = 12;

const norm = (name: string) => name.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();

/** Legal forms a company's name may carry or drop: "Acme Holdings Group Inc." is "Acme Holdings". */
const LEGAL_FORM = new RegExp(String.raw`(?:,?\s+(?:group|holdings?|${LEGAL_FORMS.join('|')})\.?)+$`, 'i');
/** A country or the UN before a body's name adds nothing: "U.S. Treasury Department" is the "Treasury Department", "UN Security Council" the "Security Council". */
const COUNTRY_PREFIX = /^(?:the\s+)?(?:u\.s\.|us|united states|american|u\.n\.|un|united nations)\s+(?=\S)/i;

/** "Department of Homeland Security", "Homeland Security Department", "Homeland Security": one body, when two words or more remain. */
const DEPARTMENT = /^(?:department|ministry)\s+of\s+(?:the\s+)?(?=\S+\s+\S)|\s+(?:department|ministry)$(?<=\S+\s+\S+\s+\S+)/i;

/**
 * The key two names of one body share, whatever legal form, country prefix or "Department of" each
 * carries, and whichever of "of" and "for" joins its words ("Committee for the Red Cross").
 */
function bodyKey(name: string): string {
  const bare = withoutCountrySuffix(name)
    .replace(COUNTRY_PREFIX, '')
    .replace(/^the\s+/i, '')
    .replace(LEGAL_FORM, '')
    .replace(DEPARTMENT, '')
    // "Department of Justice" is the "Justice Department", and keeps its head with one word.
    .replace(/^(department|ministry)\s+of\s+(?:the\s+)?(\S+)$/i, '$2 $1');
  // "Workers' Party" and "Worker's Party": a possessive is one word however it is written.
  return norm(bare).replace(/ for /g, ' of ').replace(/s?'s?(?=\s|$)/g, '');
}

/**
 * "Amnesty International UK" is a branch of "Amnesty International": a country after two words or
 * more of a body's name. Not the object of "of": the "Bank of America" is no "Bank of".
 */
function withoutCountrySuffix(name: string): string {
  const words = name.split(/\s+/);
  const branch = words.length >= 3 && /^\p{Lu}/u.test(words.at(-2)!) && isCountry(lookupName(words.at(-1)!)?.canonical ?? '');
  return branch ? words.slice(0, -1).join(' ') : name;
}

function clustersOf(article: ArticleMentions): Cluster[] {
  const byId = new Map<string, Cluster>();
  for (const mention of article.entities) {
    const cluster = byId.get(mention.entityId);
    if (cluster) {
      cluster.mentions.push(mention);
      cluster.guessed &&= mention.guessed === true;
    } else {
      byId.set(mention.entityId, { article: article.article.id, canonical: mention.canonical, type: mention.type, guessed: mention.guessed === true, mentions: [mention] });
    }
  }
  return [...byId.values()];
}

class UnionFind {
  private parent: number[];
  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) i = this.parent[i] = this.parent[this.parent[i]!]!;
    return i;
  }
  union(a: number, b: number): void {
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/**
 * Clusters from different articles are one entity when they share a canonical name, when one's
 * name is an alias the other was written as ("USMCA" / "United States-Mexico-Canada Agreement"),
 * or when a lone surname matches exactly one full name in the story ("Trump" / "Donald Trump").
 */
function mergeClusters(clusters: Cluster[]): Cluster[][] {
  const sets = new UnionFind(clusters.length);
  const byName = new Map<string, number>();
  const remember = (name: string, index: number) => {
    const key = norm(name);
    const seen = byName.get(key);
    if (seen === undefined) byName.set(key, index);
    else sets.union(seen, index);
  };
  clusters.forEach((c, i) => remember(c.canonical, i));
  // "Ha'aretz" is "Haaretz", "Xi'an" "Xian": an apostrophe inside a word, not a possessive's, is the transliterator's choice.
  clusters.forEach((c, i) => remember(c.canonical.replace(/(?<=\p{L})['’](?=\p{L})(?!s\b)/gu, ''), i));
  // "F.B.I." is "FBI": an acronym with or without its stops.
  clusters.forEach((c, i) => {
    if (/^(?:\p{Lu}\.){2,}$/u.test(c.canonical)) remember(c.canonical.replace(/\./g, ''), i);
  });
  // "Lloyd C. Blankfein" is "Lloyd Blankfein": a middle initial is no other person; nor is a hyphen
  // ("Kim Jong-un" is "Kim Jong Un").
  clusters.forEach((c, i) => {
    if (c.type === 'person') remember(c.canonical.replace(/\s\p{Lu}\.(?=\s)/gu, ''), i);
    if (c.type === 'person' && c.canonical.includes('-')) remember(c.canonical.replace(/-/g, ' '), i);
  });
  // "Laurent-Desire Kabila" is "Laurent Kabila": a compound given name is often cut to its first
  // part, unless two people of the story would share the cut ("Jean-Pierre" and "Jean-Luc").
  const cuts = clusters.map((c) => (c.type === 'person' ? /^(\p{Lu}\p{Ll}+)-\p{Lu}\p{Ll}+(\s.+)$/u.exec(c.canonical) : null)).map((m) => (m ? norm(`${m[1]}${m[2]}`) : undefined));
  cuts.forEach((cut, i) => {
    if (cut && cuts.filter((x) => x === cut).length === 1) remember(cut, i);
  });
  // "Sino-Africa Cooperation" is "China-Africa Cooperation": a nation's adjective before a hyphen is the country.
  clusters.forEach((c, i) => {
    const key = c.type === 'person' ? c.canonical : c.canonical.replace(/\b\p{Lu}\p{Ll}+(?=-\p{Lu})/gu, (w) => countryOfDemonym(w) ?? w);
    if (key !== c.canonical) remember(key, i);
  });
  // "U.S. Embassy" is the "United States Embassy": a name opening with a country's short form.
  clusters.forEach((c, i) => {
    const [lead, rest] = leadAndRest(c.canonical);
    const country = c.type === 'person' || rest === c.canonical ? undefined : lookupName(lead)?.canonical;
    if (country && country !== lead && isCountry(country)) remember(`${country} ${rest}`, i);
  });
  // "Bob Goodlatte" is "Robert W. Goodlatte": a short form of the given name is the same person.
  clusters.forEach((c, i) => {
    const [given, ...rest] = c.canonical.split(/\s+/);
    const formal = c.type === 'person' && rest.length > 0 ? FORMAL_NAMES.get(given!) : undefined;
    if (formal) remember([formal, ...rest].join(' '), i);
  });
  // "Ramon Fonseca Mora" is "Ramon Fonseca": a second surname, as Spanish names carry, when no other
  // full name of the story goes on from the same two words; never a generation ("Donald Trump Jr").
  // "Sarah Huckabee Sanders" is "Sarah Sanders" so: a middle name, when no other full name of the
  // story has that first name and surname.
  const longer = new Map<string, number[]>();
  const shorter = (key: string, i: number) => longer.set(key, [...(longer.get(key) ?? []), i]);
  clusters.forEach((c, i) => {
    const parts = c.canonical.split(/\s+/);
    if (c.type !== 'person' || parts.length !== 3 || parts.some((p) => isGeneration(p))) return;
    if (!isFirstName(parts[2]!)) shorter(parts.slice(0, 2).join(' '), i);
    if (/^\p{Lu}\p{Ll}{2,}$/u.test(parts[1]!)) shorter(`${parts[0]} ${parts[2]}`, i);
  });
  for (const [key, indexes] of longer) {
    const seen = byName.get(norm(key));
    // One full name, however many articles write it.
    const names = new Set(indexes.map((i) => norm(clusters[i]!.canonical)));
    if (names.size === 1 && seen !== undefined && clusters[seen]!.type === 'person') for (const i of indexes) sets.union(seen, i);
  }
  // "Donald Jr." is "Donald Trump Jr.": a first name and a generation, when the story has one full
  // name of that first name and generation.
  clusters.forEach((c, i) => {
    const [first, generation, ...more] = c.canonical.split(/\s+/);
    if (c.type !== 'person' || more.length > 0 || !generation || !isGeneration(generation)) return;
    const sameGeneration = (word: string | undefined) => word?.replace(/\.$/, '') === generation.replace(/\.$/, '');
    const full = clusters.flatMap((o, j) => {
      const parts = o.canonical.split(/\s+/);
      return o.type === 'person' && parts.length >= 3 && parts[0] === first && sameGeneration(parts.at(-1)) ? [norm(o.canonical)] : [];
    });
    if (new Set(full).size === 1) sets.union(byName.get(full[0]!)!, i);
  });
  // "The Times" or a lone "Times" in one article is "The New York Times" of another: the one body of
  // the story named after a place and that word, a common noun no one is named ("Times", "Post").
  clusters.forEach((c, i) => {
    const word = /^(?:The\s+)?(\p{Lu}\p{Ll}+)$/u.exec(c.canonical)?.[1];
    if (!word || c.type === 'place' || !isCommonWord(word)) return;
    const named = clusters.flatMap((b, j) => (b.type === 'organization' && isNamedAfterPlace(b.canonical, word) ? [j] : []));
    if (new Set(named.map((j) => norm(clusters[j]!.canonical))).size !== 1) return;
    sets.union(named[0]!, i);
    // It is that body, by its full name: the lone word's guessed type goes with it.
    Object.assign(c, { canonical: clusters[named[0]!]!.canonical, type: 'organization' });
  });
  // "Lingshi County" and "Lingshi", "Xinjiang Uygur Autonomous Region" and "Xinjiang": a place written
  // with and without its administrative head.
  clusters.forEach((c, i) => {
    const bare = AUTONOMOUS_AREA.exec(c.canonical) ?? ADMINISTRATIVE_HEAD.exec(c.canonical);
    const seen = bare && c.type === 'place' ? byName.get(norm(bare[1]!)) : undefined;
    if (seen !== undefined && clusters[seen]!.type !== 'person' && !isCountry(clusters[seen]!.canonical)) sets.union(seen, i);
  });
  // "Mediterranean Sea" and "Mediterranean": WordNet's two names for one place, when the short one
  // is no country's, state's or province's ("Mississippi" the state is not the "Mississippi River").
  clusters.forEach((c, i) => {
    const short = c.type === 'place' ? c.canonical.replace(/\s+\S+$/, '') : c.canonical;
    const seen = short !== c.canonical ? byName.get(norm(short)) : undefined;
    const known = lookupName(short);
    if (seen === undefined || clusters[seen]!.type !== 'place' || (known && !isRegion(known.canonical)) || !isSynonym(short, c.canonical)) return;
    sets.union(seen, i);
  });
  // "Jiaojiazhai Coal Mine" and "Jiaojiazhai Colliery": one name with heads WordNet gives as one thing.
  const facilities = new Map<string, { head: string; i: number }[]>();
  clusters.forEach((c, i) => {
    const split = c.type === 'place' ? placeHead(c.canonical) : undefined;
    if (!split) return;
    const seen = facilities.get(split.name) ?? [];
    for (const other of seen) if (other.head !== split.head && sameThing(other.head, split.head)) sets.union(other.i, i);
    facilities.set(split.name, [...seen, { head: split.head, i }]);
  });
  // Organizations: the same body with or without its legal form or a country prefix.
  const bodies = new Map<string, number>();
  clusters.forEach((c, i) => {
    // "Credit Suisse" read as nothing in particular is still "Credit Suisse Group AG".
    if (c.type !== 'organization' && c.type !== 'other') return;
    const key = bodyKey(c.canonical);
    if (!key || !/\s|^\S{4,}$/.test(key)) return;
    const seen = bodies.get(key);
    if (seen === undefined) bodies.set(key, i);
    else sets.union(seen, i);
  });
  clusters.forEach((c, i) => {
    for (const m of c.mentions) {
      // "the Times" of the "Los Angeles Times" says nothing of the "Times" of another article: many bodies end so.
      if (c.type !== 'person' && c.canonical !== m.text && c.canonical.endsWith(` ${m.text}`)) continue;
      const seen = byName.get(norm(m.text));
      if (seen !== undefined && (c.type === 'person') === (clusters[seen]!.type === 'person')) sets.union(seen, i);
    }
  });
  // "Workers' Party of Korea" is the story's "Workers' Party": a body of two words or more named with
  // its country, when the story names that body with no other country.
  const countriesOf = new Map<string, Set<string>>();
  const withCountry: { bare: string; i: number }[] = [];
  clusters.forEach((c, i) => {
    const m = c.type === 'organization' ? /^(.+\s.+?)\s+of\s+(?:the\s+)?(.+)$/i.exec(c.canonical) : null;
    if (!m || !isCountry(lookupName(m[2]!)?.canonical ?? m[2]!)) return;
    const bare = bodyKey(m[1]!);
    countriesOf.set(bare, (countriesOf.get(bare) ?? new Set()).add(norm(m[2]!)));
    withCountry.push({ bare, i });
  });
  for (const { bare, i } of withCountry) {
    const seen = bodies.get(bare);
    if (seen !== undefined && countriesOf.get(bare)!.size === 1) sets.union(seen, i);
  }
  linkAcronyms(clusters, sets);
  linkVariants(clusters, sets);
  // "International Red Cross" is the "International Committee of the Red Cross": a body's name of
  // three words or more within exactly one longer body's name of the story.
  clusters.forEach((c, i) => {
    const short = norm(c.canonical).split(' ');
    if (c.type !== 'organization' || short.length < 3) return;
    const longer = new Set(clusters.flatMap((o, j) => (o.type === 'organization' && isWithinName(short, norm(o.canonical).split(' ')) ? [sets.find(j)] : [])));
    if (longer.size === 1) sets.union(i, [...longer][0]!);
  });
  // "U.S.-Mexico-Canada trade agreement" is the "United States-Mexico-Canada Agreement": an agreement's
  // countries in their canonical names, without the generic words ("trade", "free").
  const agreements = new Map<string, number>();
  clusters.forEach((c, i) => {
    if (c.type !== 'agreement') return;
    const key = agreementKey(c.canonical);
    const seen = agreements.get(key);
    if (seen === undefined) agreements.set(key, i);
    else sets.union(seen, i);
  });
  // "Mallam Garba Shehu" and "Garba Shehu": a name of two words or more with one more word in front is
  // the same one when that word is an honorific English does not use (WordNet does not know it). Not a
  // first name ("Paul Jones" in "John Paul Jones"), a place ("South Sudan …") or any English word
  // ("National Security Council" is not the "Security Council", nor "New South Wales" "South Wales").
  clusters.forEach((c, i) => {
    const [lead, rest] = leadAndRest(c.canonical);
    if (rest === c.canonical || !/\s/.test(rest) || isFirstName(lead) || lookupName(lead) || isCommonWord(lead)) return;
    const seen = byName.get(norm(rest));
    if (seen === undefined || (c.type === 'person') !== (clusters[seen]!.type === 'person')) return;
    sets.union(seen, i);
    // The name without the extra word is the name: the extra word describes.
    c.canonical = clusters[seen]!.canonical;
  });
  // "International Friendship Park" and "Friendship Park": a place of two words or more is the same
  // place with an adjective in front, unless it says where or how old ("North", "New").
  clusters.forEach((c, i) => {
    const [lead, rest] = leadAndRest(c.canonical);
    if (c.type !== 'place' || rest === c.canonical || !/\s/.test(rest) || !isDescribingAdjective(lead)) return;
    const seen = byName.get(norm(rest));
    if (seen !== undefined && clusters[seen]!.type === 'place') sets.union(seen, i);
  });
  // "Project Amad" and "Amad", "Operation Desert Storm" and "Desert Storm": an undertaking is named
  // with or without the word for what it is.
  clusters.forEach((c, i) => {
    const [lead, rest] = leadAndRest(c.canonical);
    if (c.type !== 'other' || rest === c.canonical || !isUndertakingNoun(lead.toLowerCase())) return;
    const seen = byName.get(norm(rest));
    if (seen !== undefined && clusters[seen]!.type === 'other') sets.union(seen, i);
  });
  // A lone name resolves to the one full name of the story it starts or ends ("Smith" for "Jane Smith",
  // and "Wang" for "Wang Li", whose family name comes first); two such full names, and it stays apart.
  // Full names by cluster: "Robert S. Mueller" and "Robert Mueller", merged above, are one full name.
  const fullNamesByPart = new Map<string, Set<number>>();
  clusters.forEach((c, i) => {
    const parts = c.canonical.split(/[\s-]+/);
    if (c.type !== 'person' || parts.length < 2) return;
    for (const part of new Set([parts[0]!, parts.at(-1)!])) {
      const key = norm(part);
      fullNamesByPart.set(key, (fullNamesByPart.get(key) ?? new Set()).add(i));
    }
  });
  // "the Tupac Amaru rebels", "Goldman": a guessed name that opens exactly one body's name is that
  // body. A single word only when it is no English word and names no person of the story.
  clusters.forEach((c, i) => {
    // A place opens the names of the bodies in it: "Hunan" is no "Hunan Provincial Children's Hospital".
    if (!(c.guessed || c.type === 'other') || c.type === 'place') return;
    if (!/\s/.test(c.canonical) && (isCommonWord(c.canonical.toLowerCase()) || fullNamesByPart.has(norm(c.canonical)))) return;
    const prefix = `${norm(c.canonical)} `;
    // One body, however many of its names were merged above ("Goldman Sachs", "Goldman Sachs Group Inc.").
    const bodies = new Set(clusters.flatMap((o, j) => (o.type === 'organization' && norm(o.canonical).startsWith(prefix) ? [sets.find(j)] : [])));
    if (bodies.size === 1) sets.union(i, [...bodies][0]!);
  });
  clusters.forEach((c, i) => {
    // A lone word typed "other" is often a surname the extractor had no evidence for ("Buhari"); a
    // body only guessed from the noun it qualifies may be a person's too ("the Obama administration").
    if ((c.type !== 'person' && c.type !== 'other' && !(c.type === 'organization' && c.guessed)) || /\s/.test(c.canonical)) return;
    const fullNames = new Set([...(fullNamesByPart.get(norm(c.canonical)) ?? [])].map((j) => sets.find(j)));
    if (fullNames.size === 1) sets.union(i, [...fullNames][0]!);
  });
  // "Arafat" in "return to Mecca from Arafat" is "Mount Arafat": a word the extractor could not type,
  // named by no person of the story, is the one place of the story that a geographic word opens on it.
  const features = new Map<string, Set<number>>();
  clusters.forEach((c, i) => {
    const [lead, rest] = leadAndRest(c.canonical);
    if (c.type === 'place' && rest !== c.canonical && !/\s/.test(rest) && FEATURE_WORDS.has(lead.toLowerCase())) features.set(norm(rest), (features.get(norm(rest)) ?? new Set()).add(sets.find(i)));
  });
  clusters.forEach((c, i) => {
    const places = features.get(norm(c.canonical));
    if (c.type !== 'other' || !places || places.size !== 1 || fullNamesByPart.has(norm(c.canonical))) return;
    sets.union(i, [...places][0]!);
    c.type = 'place';
  });
  const groups = new Map<number, Cluster[]>();
  clusters.forEach((c, i) => {
    const root = sets.find(i);
    groups.set(root, [...(groups.get(root) ?? []), c]);
  });
  return [...groups.values()];
}

/**
 * One name written two ways, differing in one word: a plural "s" in a name of three words or more
 * ("Pueblo Sin Fronteras" and "Pueblos Sin Fronteras"), or a slip of one letter in a word of four
 * or more, written once against a name the story uses at least three times ("Boko Harm").
 */
function linkVariants(clusters: Cluster[], sets: UnionFind): void {
  const mentionsOf = new Map<string, number>();
  for (const c of clusters) mentionsOf.set(norm(c.canonical), (mentionsOf.get(norm(c.canonical)) ?? 0) + c.mentions.length);
  const buckets = new Map<string, number[]>();
  clusters.forEach((c, i) => {
    const words = norm(c.canonical).split(' ');
    if (words.length < 2) return;
    words.forEach((_, k) => {
      const key = [...words.slice(0, k), '*', ...words.slice(k + 1)].join(' ');
      buckets.set(key, [...(buckets.get(key) ?? []), i]);
    });
  });
  for (const [key, members] of buckets) {
    const at = key.split(' ').indexOf('*');
    for (const i of members) for (const j of members) {
      if (i >= j) continue;
      const [a, b] = [norm(clusters[i]!.canonical), norm(clusters[j]!.canonical)];
      if (a === b) continue;
      const [wa, wb] = [a.split(' ')[at]!, b.split(' ')[at]!];
      const plural = key.split(' ').length >= 3 && (wa === `${wb}s` || wb === `${wa}s`);
      // "Moqtada Sadr" and "Moqtada al-Sadr": the article particle is the transliterator's choice.
      const [ba, bb] = [withoutParticle(wa), withoutParticle(wb)];
      const particle = ba === bb && ba.length >= 3;
      const [rare, common] = (mentionsOf.get(a) ?? 0) <= (mentionsOf.get(b) ?? 0) ? [a, b] : [b, a];
      const slip = Math.min(ba.length, bb.length) >= 4 && oneEditApart(ba, bb) && mentionsOf.get(rare) === 1 && (mentionsOf.get(common) ?? 0) >= 3;
      if (plural || particle || slip) sets.union(i, j);
    }
  }
}

/**
 * The longer name is the short one with a head noun and "of" put inside: "International Red Cross"
 * in "International Committee of the Red Cross". Not a word that tells two bodies apart
 * ("International Atomic Energy Agency", "Chinese Academy of Social Sciences").
 */
function isWithinName(short: string[], long: string[]): boolean {
  const start = short.findIndex((word, k) => word !== long[k]);
  if (start <= 0) return false;
  const rest = short.slice(start);
  const end = long.length - rest.length;
  if (end - start < 2 || long.slice(end).join(' ') !== rest.join(' ')) return false;
  return /^\S+ of(?: the)?$/.test(long.slice(start, end).join(' '));
}

/** "al-sadr" → "sadr": a name without the Arabic article or a particle hyphenated to it. */
const withoutParticle = (word: string) => word.replace(/^(\p{Ll}+)-(?=\p{Ll})/u, (m, particle: string) => (HYPHENATED_NAME_PARTICLES.has(particle) ? '' : m));

/** One letter added, dropped or changed. */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

const ACRONYM = /^[A-Z][A-Z&]{2,}$/;

function agreementKey(name: string): string {
  const words = name.split(/\s+/).filter((w) => !AGREEMENT_MODIFIERS.has(w.toLowerCase()));
  return norm(words.map((w) => w.split('-').map((part) => lookupName(part)?.canonical ?? part).join('-')).join(' '));
}

/**
 * An acronym is one body across the story: clusters written with the same acronym ("Tupac Amaru
 * (MRTA)", "the Tupac Amaru Revolutionary Movement (MRTA)") are one, and an acronym alone ("ABAC")
 * is the one name in the story whose initials it spells.
 */
function linkAcronyms(clusters: Cluster[], sets: UnionFind): void {
  const byAcronym = new Map<string, number>();
  clusters.forEach((c, i) => {
    for (const m of c.mentions) {
      if (!ACRONYM.test(m.text)) continue;
      const seen = byAcronym.get(m.text);
      if (seen === undefined) byAcronym.set(m.text, i);
      else sets.union(seen, i);
    }
  });
  // An acronym alone joins the one name it spells, in however many articles that name appears.
  const expansions = clusters.map((c, i) => ({ i, name: c.canonical, spelled: /\s/.test(c.canonical) ? acronymsOf(c.canonical) : [] }));
  clusters.forEach((c, i) => {
    if (!ACRONYM.test(c.canonical)) return;
    const matches = expansions.filter((e) => e.spelled.includes(c.canonical));
    if (new Set(matches.map((m) => m.name)).size === 1) for (const m of matches) sets.union(m.i, i);
  });
}

/**
 * A place's own name and its head noun: "Jiaojiazhai" and "coal mine". The head is the longest
 * ending WordNet has as a noun; the name must keep a word English does not use.
 */
function placeHead(canonical: string): { name: string; head: string } | undefined {
  const words = canonical.split(/\s+/);
  for (const n of [2, 1]) {
    if (words.length <= n) continue;
    const head = words.slice(-n).join(' ').toLowerCase();
    const name = words.slice(0, -n);
    if (nounClass(head) && name.some((w) => !isCommonWord(w.toLowerCase()))) return { name: norm(name.join(' ')), head };
  }
  return undefined;
}

/** A name's first word and the rest ("International", "Friendship Park"); the rest is the whole name when it is one word. */
const leadAndRest = (name: string): [string, string] => [name.split(/\s+/)[0]!, name.replace(/^\S+\s+/, '')];

/** An adjective that describes a place without telling it from another: "International", "Royal"; not "North", "New", "Upper". */
function isDescribingAdjective(word: string): boolean {
  const lower = word.toLowerCase();
  return /^\p{Lu}\p{Ll}+$/u.test(word) && isCommonWord(lower) && !readsAsNoun(lower) && !lookupName(word) && !isCompassWord(lower) && !PART_OR_AGE.test(lower);
}
/** Words that open the name of a natural feature: "Mount Arafat", "Lake Victoria", "Cape Horn". */
const FEATURE_WORDS = new Set(['mount', 'mt.', 'lake', 'cape']);

/** Words that tell one place from another of the same name by its part, size or age. */
const PART_OR_AGE = /^(?:upper|lower|inner|outer|new|old|greater|little|great)$/;

/** Heads that name the area of the place they follow; not "City", which is often another place ("Mexico City"). */
const ADMINISTRATIVE_HEAD = /^(.+?)\s+(?:province|county|prefecture|district|region|oblast|governorate|municipality|state)$/i;
/** "Xinjiang Uygur Autonomous Region", "Ningxia Hui Autonomous Region": a place, its people, and the head. */
const AUTONOMOUS_AREA = /^(\S+)(?:\s+\S+)?\s+autonomous\s+(?:region|prefecture|county|oblast|republic)$/i;

/** The name most mentions resolve to, guesses last ("Goldman" is "Goldman Sachs"); on a tie the fuller one. */
function bestName(group: Cluster[]): string {
  const weight = new Map<string, number>();
  const named = group.some((c) => !c.guessed) ? group.filter((c) => !c.guessed) : group;
  for (const c of named) weight.set(c.canonical, (weight.get(c.canonical) ?? 0) + c.mentions.length);
  return [...weight].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1))[0]![0];
}

function bestType(group: Cluster[]): EntityMention['type'] {
  const weight = new Map<EntityMention['type'], number>();
  // A type some article gives on evidence outweighs guesses from the name's shape elsewhere ("Boko
  // Haram" read as a person's name where no article says "the group Boko Haram"); and "other" is what
  // the extractor says when it has no evidence: any typed mention outweighs it.
  const confirmed = group.some((c) => !c.guessed) ? group.filter((c) => !c.guessed) : group;
  const typed = confirmed.some((c) => c.type !== 'other');
  for (const c of confirmed) if (!typed || c.type !== 'other') weight.set(c.type, (weight.get(c.type) ?? 0) + c.mentions.length);
  return [...weight].sort((a, b) => b[1] - a[1] || TYPE_ORDER.indexOf(a[0]) - TYPE_ORDER.indexOf(b[0]))[0]![0];
}

function describeRole(role: NonNullable<EntityMention['role']>): string {
  return `${role.status ? `${role.status} ` : ''}${role.title}${role.of ? ` of ${role.of}` : ''}`;
}

/** Roles per article; a bare title is dropped when the same article also says whose office it is. */
function rolesOf(group: Cluster[]): EntityRole[] {
  const roles: EntityRole[] = [];
  for (const c of group) {
    const seen = new Map<string, EntityRole>();
    for (const m of c.mentions) {
      if (!m.role) continue;
      const role = describeRole(m.role);
      if (!seen.has(role)) {
        seen.set(role, {
          article: c.article,
          role,
          title: m.role.title,
          ...(m.role.of && { of: m.role.of }),
          ...(m.role.status && { status: m.role.status }),
          anchor: m.at.anchor,
        });
      }
    }
    const all = [...seen.values()];
    roles.push(...all.filter((r) => r.of || !all.some((o) => o.of && norm(o.title) === norm(r.title) && o.status === r.status)));
  }
  return roles;
}

const TITLE_ABBREVIATIONS: Record<string, string> = { pm: 'prime minister', gov: 'governor', sen: 'senator', rep: 'representative', sec: 'secretary' };
export const normTitle = (title: string) => TITLE_ABBREVIATIONS[norm(title).replace(/\.$/, '')] ?? norm(title);

/**
 * Two articles disagree on a person's role when both give a current office and the offices
 * differ: different titles (neither contained in the other) or the same title of different places.
 */
export function rolesConflict(roles: EntityRole[]): boolean {
  const current = roles.filter((r) => !r.status || r.status === 'acting' || r.status === 'interim');
  return current.some((a) =>
    current.some((b) => {
      if (a.article >= b.article) return false;
      const [ta, tb] = [normTitle(a.title), normTitle(b.title)];
      const titlesDiffer = !ta.includes(tb) && !tb.includes(ta);
      const placesDiffer = ta === tb && a.of !== undefined && b.of !== undefined && norm(a.of) !== norm(b.of);
      return titlesDiffer || placesDiffer;
    }),
  );
}

/** The names an article's publisher goes by: its source and its bylines. */
function publisherNames(article: ArticleMentions['article']): Set<string> {
  const names = new Set<string>();
  if (article.source) names.add(norm(article.source));
  for (const block of article.blocks) if (block.type === 'byline') names.add(norm(block.name));
  return names;
}

export interface EntityIndex {
  entities: AnalyzedEntity[];
  /** Entity id of every located mention, keyed `article#unit:start`, for the other analyses. */
  idOfMention: Map<string, string>;
}

export const mentionKey = (at: Located) => `${at.article}#${at.unit}:${at.start}`;

/**
 * A single common word or a lone letter is no entity, whatever the capital it carried:
 * "Border", "Country" at the start of a line or in a label; nor a word WordNet gives as a kind
 * of person or a quality ("Marxist", "Islamist"), nor common words in capitals ("RED HANDED").
 * Only untyped names are judged so; a name the extractor typed on evidence ("China", "Police
 * Department") stays.
 */
function isNoName(group: Cluster[]): boolean {
  // "Aides said", "the top Democrat on the committee": a word for a kind of person, typed however, names no one.
  // WordNet's lower-case noun, so that names it knows ("Nike" the goddess) and adjectives ("Pacific") stay.
  if (group.every((c) => !/\s/.test(c.canonical) && !isFirstName(c.canonical) && !lookupName(c.canonical) && [c.canonical, c.canonical.replace(/s$/, '')].some((w) => nounClass(w) === 'person'))) return true;
  // "Britons", "Londoners": people of a place or a party, named by what they are.
  if (group.every((c) => isPeopleOfName(c.canonical) && !lookupName(c.canonical))) return true;
  // "Indian Moslem", "Sunni Arab": words for peoples and faiths name a group, no one.
  if (group.every((c) => c.canonical.split(/\s+/).every(isGroupAdjective))) return true;
  // "Suday": a weekday's name with a letter lost names a day, misspelt.
  if (group.every((c) => c.type === 'other' && Object.keys(WEEKDAYS).some((day) => oneEditApart(c.canonical.toLowerCase(), day)))) return true;
  if (group.some((c) => c.type !== 'other' && !/^\p{Lu}\.?$/u.test(c.canonical))) return false;
  return group.every(
    (c) =>
      /^\p{Lu}\.?$/u.test(c.canonical) ||
      (!/\s/.test(c.canonical) && (isCommonWord(c.canonical) || isKindOfPersonOrQuality(c.canonical))) ||
      // "Caught RED HANDED": shouting common words names nothing.
      (c.canonical === c.canonical.toUpperCase() && c.canonical.split(/\s+/).every((w) => isCommonWord(w))),
  );
}

export function buildEntityIndex(articles: ArticleMentions[]): EntityIndex {
  const order = new Map(articles.map((a, i) => [a.article.id, i]));
  const publisher = new Map(articles.map((a) => [a.article.id, publisherNames(a.article)]));
  // A site naming itself in its own article ("Sources like Example.com also provide …") is not news about it.
  const selfReference = (group: Cluster[]) => group.every((c) => publisher.get(c.article)!.has(norm(c.canonical)));
  const groups = mergeClusters(articles.flatMap(clustersOf)).filter((group) => !isNoName(group) && !selfReference(group)).map((group) => ({
    group,
    name: bestName(group),
    type: bestType(group),
    mentions: group
      .flatMap((c) => c.mentions)
      .sort((a, b) => order.get(a.at.article)! - order.get(b.at.article)! || unitOrder(a.at.unit) - unitOrder(b.at.unit) || a.at.start - b.at.start),
  }));
  groups.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : TYPE_ORDER.indexOf(a.type) - TYPE_ORDER.indexOf(b.type)));
  const ids = uniqueIds(groups, (g) => readableId(g.name, 8), (g) => `${g.type}:${g.name}`);

  const idOfMention = new Map<string, string>();
  const sentencesOf = new Map<string, Set<string>>();
  groups.forEach((g, i) => {
    const sentences = new Set<string>();
    for (const m of g.mentions) {
      idOfMention.set(mentionKey(m.at), ids[i]!);
      sentences.add(`${m.at.article}#${m.at.anchor}`);
    }
    sentencesOf.set(ids[i]!, sentences);
  });
  const entitiesBySentence = new Map<string, string[]>();
  for (const [id, sentences] of sentencesOf) {
    for (const s of sentences) entitiesBySentence.set(s, [...(entitiesBySentence.get(s) ?? []), id]);
  }

  const entities = groups.map((g, i): AnalyzedEntity => {
    const id = ids[i]!;
    const mentionCounts: Record<string, number> = {};
    for (const m of g.mentions) mentionCounts[m.at.article] = (mentionCounts[m.at.article] ?? 0) + 1;
    const together = new Map<string, number>();
    for (const s of sentencesOf.get(id)!) {
      for (const other of entitiesBySentence.get(s)!) if (other !== id) together.set(other, (together.get(other) ?? 0) + 1);
    }
    const roles = g.type === 'person' ? rolesOf(g.group) : [];
    // "Queen Elizabeth II": a style the text writes before the name is how readers know it too.
    const styled = g.mentions.flatMap((m) => (m.role?.source === 'title' && !m.role.of && NAME_STYLES.has(m.role.title.toLowerCase()) ? [`${m.role.title} ${m.text}`] : []));
    const aliases = [...new Set([...g.mentions.map((m) => m.text), ...styled].filter((t) => t !== g.name))].sort();
    return {
      id,
      slug: id,
      name: g.name,
      type: g.type,
      aliases,
      articles: Object.keys(mentionCounts).sort((a, b) => order.get(a)! - order.get(b)!),
      mentionCounts,
      mentions: g.mentions.map((m) => m.at),
      ...(roles.length > 0 && { roles, roleConflict: rolesConflict(roles) }),
      cooccurs: [...together]
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .slice(0, MAX_COOCCURRING)
        .map(([entity, sentences]) => ({ entity, sentences })),
    };
  });
  return { entities: withHeadlines(withDatelines(entities, articles, order), articles, order), idOfMention };
}

/**
 * An article datelined in a place the story names ("LIMA, April 22 (AFP)") is about that place
 * too: the place lists it among its articles, with the dateline. Only places already found in
 * the text: a dateline alone never makes an entity.
 */
function withDatelines(entities: AnalyzedEntity[], articles: ArticleMentions[], order: Map<string, number>): AnalyzedEntity[] {
  const byName = new Map<string, AnalyzedEntity>();
  for (const e of entities) if (e.type === 'place') for (const name of [e.name, ...e.aliases]) if (!byName.has(name.toLowerCase())) byName.set(name.toLowerCase(), e);
  const added = new Map<string, Array<{ article: string; text: string }>>();
  for (const { article } of articles) {
    for (const block of article.blocks) {
      if (block.type !== 'dateline' || !block.place) continue;
      const place = byName.get(block.place.split(',')[0]!.trim().toLowerCase());
      if (place) added.set(place.id, [...(added.get(place.id) ?? []), { article: article.id, text: block.text }]);
    }
  }
  return entities.map((e) => {
    const datelines = added.get(e.id);
    if (!datelines) return e;
    const ids = new Set([...e.articles, ...datelines.map((d) => d.article)]);
    return { ...e, articles: [...ids].sort((a, b) => order.get(a)! - order.get(b)!), datelines };
  });
}

/** `p12` → 12, for reading-order sorting. */
export const unitOrder = (anchor: string) => Number(anchor.slice(1));
