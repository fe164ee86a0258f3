/**
 * Content words for comparing sentences and articles: lower-case, stop words out, a light
 * plural fold ("tariffs" ~ "tariff") so paraphrases meet. Deliberately simple and fast.
 */
const STOP = new Set(
  (
    'a an the and or but nor so yet of in on at to for from by with without about against between into through during ' +
    'before after above below over under again further then once here there when where why how all any both each few ' +
    'more most other some such no not only own same than too very can will just should now is are was were be been being ' +
    'have has had having do does did doing would could might must shall may also this that these those it its they them ' +
    'their theirs he him his she her hers we us our ours you your yours i me my mine who whom which what whose as if ' +
    'while because until although though since unless whether said says say according one two new'
  ).split(' '),
);

export function fold(word: string): string {
  const w = word.toLowerCase().replace(/['’]s$/, '');
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) return w.slice(0, -1);
  return w;
}

export function contentWords(text: string): string[] {
  return (text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? [])
    .filter((w) => w.length > 2 && !STOP.has(w.toLowerCase()))
    .map(fold);
}

export function jaccard<T>(a: Set<T>, b: Set<T>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}
