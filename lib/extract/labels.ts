import type { Word } from './words';
import type { Piece } from './classify';
import { lookupName } from './gazetteer';

const MAX_NAME_WORDS = 6;
const PLACE_TAGS = ['City', 'Country', 'Region'];

/**
 * Names inside headings and other labels. Title Case makes every word look
 * like a name there, so only names the body text established, gazetteer
 * names and compromise's known places count.
 */
export function labelPieces(words: Word[], body: Piece[], text: string): Piece[] {
  const known = new Map<string, Piece>();
  for (const p of body) {
    // A place compromise guessed from the body licenses its dateline ("KIEV" for "Kiev"), as a guess still.
    if (p.weak && p.type !== 'place') continue;
    known.set(text.slice(p.start, p.end).toLowerCase(), p);
    known.set(p.canonical.toLowerCase(), p);
    // A full name in the body licenses the surname in a headline ("Trump’s Tariffs").
    if (p.type === 'person') known.set(p.canonical.split(' ').pop()!.toLowerCase(), p);
  }
  const out: Piece[] = [];
  const match = (surface: string, start: number, end: number, from: number, to: number, place: boolean) => {
    const body = known.get(surface.toLowerCase());
    const gazetteer = lookupName(surface);
    if (body) out.push({ start, end, from, to, type: body.type, canonical: body.canonical, weak: body.weak });
    else if (gazetteer) out.push({ start, end, from, to, type: gazetteer.type, canonical: gazetteer.canonical, weak: false });
    else if (place && /^\p{Lu}/u.test(surface)) out.push({ start, end, from, to, type: 'place', canonical: surface, weak: true });
    else return false;
    return true;
  };
  for (let i = 0; i < words.length; ) {
    if (!words[i]!.label) {
      i++;
      continue;
    }
    let matched = 0;
    for (let n = Math.min(MAX_NAME_WORDS, words.length - i); n >= 1 && !matched; n--) {
      const last = words[i + n - 1]!;
      if (!words.slice(i, i + n).every((w, k) => w.label && (k === 0 || /^[ \t]+$/.test(w.gap ?? '')) && (k === n - 1 || !w.possessive))) continue;
      const surface = text.slice(words[i]!.start, last.end);
      // compromise's own places ("MOSCOW", "BUENOS AIRES") count when every word is one.
      const span = words.slice(i, i + n);
      const place = span.every((w) => w.parts.length === 1 && PLACE_TAGS.some((t) => w.tags.has(t)));
      if (match(surface, words[i]!.start, last.end, i, i + n, place)) matched = n;
    }
    if (!matched) {
      // "Trump-Era", "Canada-Mexico": hyphen parts may be names on their own.
      for (const part of words[i]!.parts.length > 1 ? words[i]!.parts : []) match(part.text, part.start, part.end, i, i + 1, false);
    }
    i += Math.max(1, matched);
  }
  return out;
}
