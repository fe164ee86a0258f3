import type { Block, BlockOf } from '../schema/content';
import { parseDatelineLead } from './dateline';

const MAX_WORDS = 14;
/** Words a shortened headline should not end on ("…to present a" reads as cut off). */
const DANGLING = /^(?:a|an|the|to|of|and|or|but|in|on|at|for|with|by|from|as|their|its|his|her|our|that|which|who|is|are|was|were|be|been|has|have|had)$/i;

function shorten(sentence: string): string {
  const text = sentence.replace(/[.!?…]+["'’”]*$/, '').trim();
  const words = text.split(/\s+/);
  if (words.length <= MAX_WORDS) return text;
  // A clause ends at a comma before a space, not inside "1,000".
  const clause = /^(.+?)(?:,(?=\s)|;|\s[—–]\s|—)/.exec(text)?.[1];
  const clauseWords = clause?.split(/\s+/).length ?? 0;
  if (clause && clauseWords >= 6 && clauseWords <= MAX_WORDS + 2) return clause.trim();
  const kept = words.slice(0, MAX_WORDS - 2);
  while (kept.length > 4 && DANGLING.test(kept.at(-1)!)) kept.pop();
  return `${kept.join(' ').replace(/[,;:]$/, '')}…`;
}

/**
 * A headline for an article whose text has none. Prefer one the article itself wrote (the
 * heading of its summary box); otherwise shorten its first sentence. Always shown as derived.
 */
export function deriveHeadline(blocks: Block[]): string | undefined {
  for (const block of blocks) if (block.type === 'summary' && block.heading) return block.heading;
  // Skip stubs such as "= (PICTURE) =" that wire copy puts above the story.
  const lead = blocks.find(
    (b): b is BlockOf<'paragraph'> => b.type === 'paragraph' && b.unit.sentences[0]!.text.split(/\s+/).length >= 4,
  );
  // "BEIJING, Nov. 10 (Xinhua) -- Karaoke bars …": a second dateline opening the lead is no part of its news.
  if (lead) return shorten(parseDatelineLead(lead.unit.sentences[0]!.text)?.rest || lead.unit.sentences[0]!.text);
  return blocks.find((b): b is BlockOf<'heading'> => b.type === 'heading')?.text;
}
