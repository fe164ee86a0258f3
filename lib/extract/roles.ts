import type { Role } from './schema';
import type { Word } from './words';
import type { Piece } from './classify';
import { isTitleWord } from './classify';
import { headOf } from './chunks';
import { TITLE_HEADS, TITLE_MODIFIERS, TITLE_STATUS } from './data/titles';
import { countryOfDemonym } from './gazetteer';

const DETERMINERS = new Set(['a', 'an', 'the']);
const AFFILIATION = new Set(['at', 'of', 'with', 'for', 'from']);
const MAX_APPOSITIVE_WORDS = 8;
const POST_TITLE_STATUS = new Set(['nominee', 'designate', 'elect', 'nominee-designate']);

const spaced = (w: Word | undefined) => w !== undefined && /^[ \t]+$/.test(w.gap ?? '');

/** The role the text gives a person: a title before the name, else an appositive after it. */
export function roleFor(words: Word[], pieces: Piece[], person: Piece, text: string): Role | undefined {
  return titleBefore(words, pieces, person, text) ?? appositiveAfter(words, pieces, person, text);
}

/** "former Bank of England Governor Mervyn King", "U.S. Trade Representative nominee Robert Lighthizer". */
function titleBefore(words: Word[], pieces: Piece[], person: Piece, text: string): Role | undefined {
  let status: Role['status'];
  let i = person.from - 1;
  const end = words[i]?.end;
  if (!spaced(words[i + 1])) return undefined;
  while (i >= 0 && POST_TITLE_STATUS.has(words[i]!.lower) && spaced(words[i])) status = TITLE_STATUS[words[i--]!.lower];
  const last = words[i];
  const head = titleHeadEndingAt(words, i);
  if (!last || head === undefined || last.possessive) return undefined;
  if (last.lower.endsWith('-elect')) status = 'elect';
  let start = head;
  while (start > 0 && spaced(words[start]) && !words[start - 1]!.possessive && isTitleWord(words[start - 1]!)) start--;
  // Status words written inside the title: "Former Prime Minister".
  while (start < head && TITLE_STATUS[words[start]!.lower]) status = TITLE_STATUS[words[start++]!.lower];
  const title = text.slice(words[start]!.start, last.end);
  let roleStart = words[start]!.start;
  let of: string | undefined;
  let q = start - 1;
  const qualifier = words[q];
  if (qualifier && spaced(words[start])) {
    const piece = pieces.find((p) => p.to === q + 1 && (p.type === 'place' || p.type === 'organization'));
    const country = countryOfDemonym(qualifier.text);
    if (piece) {
      of = piece.canonical;
      roleStart = piece.start;
      q = piece.from - 1;
    } else if (country) {
      of = country;
      roleStart = qualifier.start;
      q--;
    }
  }
  const before = words[q];
  if (before && Object.hasOwn(TITLE_STATUS, before.lower) && spaced(words[q + 1])) {
    status = TITLE_STATUS[before.lower];
    roleStart = before.start;
  }
  return { start: roleStart, end: end!, text: text.slice(roleStart, end), title, of, status, source: 'title' };
}

/** The title head a title phrase ending at word i is built on: "Minister", or "Secretary" in "Secretary of State". */
function titleHeadEndingAt(words: Word[], i: number): number | undefined {
  if (i < 0) return undefined;
  if (TITLE_HEADS.has(headOf(words[i]))) return i;
  let j = i;
  while (j > 0 && TITLE_MODIFIERS.has(words[j]!.lower) && spaced(words[j])) j--;
  if (words[j]?.lower === 'the' && spaced(words[j])) j--;
  return j < i && words[j]?.lower === 'of' && spaced(words[j]) && TITLE_HEADS.has(headOf(words[j - 1])) ? j - 1 : undefined;
}

/** "Jamie Meier, a meteorologist with the National Weather Service", "Jane Doe, a U.S.-China trade expert,". */
function appositiveAfter(words: Word[], pieces: Piece[], person: Piece, text: string): Role | undefined {
  let i = person.to;
  if (words[i]?.gap !== ', ' || words[i]!.sentence !== words[person.to - 1]!.sentence) return undefined;
  if (DETERMINERS.has(words[i]!.lower)) i++;
  const first = i;
  for (; i < words.length && i - first < MAX_APPOSITIVE_WORDS; i++) {
    const w = words[i]!;
    if (i > first && !spaced(w)) return undefined;
    if (w.tags.has('Verb') && !w.tags.has('Noun')) return undefined;
    if (!TITLE_HEADS.has(headOf(w))) continue;
    // "X, Treasury Secretary Robert Rubin": the next list item, not an appositive.
    if (words[i + 1] && spaced(words[i + 1]) && /^\p{Lu}/u.test(words[i + 1]!.text) && pieces.some((p) => p.from === i + 1 && p.type === 'person')) return undefined;
    const title = text.slice(words[first]!.start, w.end);
    let end = w.end;
    let of: string | undefined;
    const affiliation = words[i + 1];
    if (affiliation && AFFILIATION.has(affiliation.lower) && spaced(affiliation)) {
      const target = DETERMINERS.has(words[i + 2]?.lower ?? '') ? i + 3 : i + 2;
      const piece = pieces.find((p) => p.from === target && (p.type === 'organization' || p.type === 'place'));
      if (piece) {
        of = piece.canonical;
        end = piece.end;
      }
    }
    return { start: words[first]!.start, end, text: text.slice(words[first]!.start, end), title, of, source: 'appositive' };
  }
  return undefined;
}
