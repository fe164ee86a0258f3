import type { Word } from './words';
import type { Piece } from './classify';
import { MODIFIER_SUFFIX } from './chunks';
import { lookupName } from './gazetteer';
import { isCity } from './cities';

/** Words of a name a hyphen may close: "New York-based", "Al Qaeda-linked", "The Hague-based". */
const MAX_WORDS_BEFORE = 2;

/**
 * Names a hyphen makes into a modifier ("US-led", "Hong Kong-based", "Obama-era"): the name
 * before the hyphen is a mention of its place, body or person when the gazetteer, the world's
 * cities (for names of several words) or the text's own names know it. The longest such name
 * wins, so "New York-based" names New York and leaves no "New" behind.
 */
export function modifierNamePieces(words: Word[], body: Piece[], text: string): Piece[] {
  const known = new Map<string, Piece>();
  for (const p of body.filter((p) => !p.weak)) {
    known.set(text.slice(p.start, p.end), p);
    // A full name in the text licenses its surname: "Obama-era" after "Barack Obama".
    if (p.type === 'person') known.set(p.canonical.split(' ').pop()!, p);
  }
  const out: Piece[] = [];
  words.forEach((w, i) => {
    if (w.parts.length < 2 || !MODIFIER_SUFFIX.test(w.parts[w.parts.length - 1]!.text) || !/^\p{Lu}/u.test(w.text)) return;
    const end = w.parts[w.parts.length - 2]!.end;
    for (let k = Math.min(MAX_WORDS_BEFORE, i); k >= 0; k--) {
      const before = words.slice(i - k, i);
      if (!before.every((b, j) => b.sentence === w.sentence && b.parts.length === 1 && !b.possessive && /^\p{Lu}/u.test(b.text) && (j === 0 || /^[ \t]+$/.test(b.gap ?? '')))) continue;
      if (k > 0 && !/^[ \t]+$/.test(w.gap ?? '')) continue;
      const start = words[i - k]!.start;
      // "The New York-based": the article opens the phrase, not the name, unless the name needs it ("The Hague").
      if (k > 0 && before[0]!.lower === 'the' && nameOf(text.slice(words[i - k + 1]!.start, end), known)) continue;
      const surface = text.slice(start, end);
      // A city of the world's list, when its name has several words: one word may also be a firm's,
      // a person's or a common word ("Toyota-powered", "Obama-era", "Man-made").
      const name = nameOf(surface, known) ?? (k > 0 && isCity(surface) ? { type: 'place' as const, canonical: surface } : undefined);
      if (!name) continue;
      out.push({ start, end, from: i - k, to: i + 1, ...name, weak: false });
      return;
    }
  });
  return out;
}

function nameOf(surface: string, known: Map<string, Piece>): Pick<Piece, 'type' | 'canonical'> | undefined {
  const own = known.get(surface);
  return own ? { type: own.type, canonical: own.canonical } : lookupName(surface);
}
