import { bodyUnits } from '../content/text-units';
import { getArticles } from './data';

let sentences: Map<string, string> | undefined;

/** The text of a sentence by article id and anchor, from the loaded articles. */
export function quoteOf(article: string, anchor: string): string {
  sentences ??= new Map(
    getArticles().flatMap((a) => bodyUnits(a.blocks).flatMap((u) => u.sentences.map((s) => [`${a.id}#${s.anchor}`, s.text] as const))),
  );
  return sentences.get(`${article}#${anchor}`) ?? '';
}
