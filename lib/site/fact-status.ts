import type { FactStatus, QuoteGroup, QuoteStatus } from '../schema/story';

/** A symbol and a word for each status, so the meaning never rests on colour alone. */
export const STATUS: Record<FactStatus, { symbol: string; label: string; explanation: string }> = {
  agree: { symbol: '=', label: 'Agree', explanation: 'Every version is the same, in every source that gives it.' },
  differ: { symbol: '≠', label: 'Differ', explanation: 'The sources give different versions.' },
  approximate: { symbol: '≈', label: 'Approximate', explanation: 'A version is vague or gives a bound; the exact version fits it.' },
  changed: { symbol: '↻', label: 'Changed', explanation: 'The versions differ because time passed between the articles.' },
  single: { symbol: '1', label: 'Single source', explanation: 'Only one article reports this.' },
};

/** The same for quote groups: how the sources word and attribute one quote. */
export const QUOTE_STATUS: Record<QuoteStatus, { symbol: string; label: string; explanation: string }> = {
  agree: { symbol: '=', label: 'Same words', explanation: 'Every source gives the same words and the same speaker.' },
  'worded-differently': { symbol: '≠', label: 'Worded differently', explanation: 'The sources quote the same speaker in different words: compare them side by side.' },
  'attributed-differently': { symbol: '⚠', label: 'Attributed differently', explanation: 'The sources name different speakers for these words.' },
  single: { symbol: '1', label: 'Single source', explanation: 'Only one article reports this.' },
};

/**
 * A quote group's title: who said it and the words (quoted unless reported speech). When the
 * sources name different speakers, the title names them all: no one is picked for the reader.
 */
export function quoteTitle(group: Pick<QuoteGroup, 'kind' | 'text' | 'speaker' | 'status' | 'sources'>): string {
  const words = group.kind === 'indirect' ? group.text : `“${group.text}”`;
  const named = [...new Set(group.sources.flatMap((s) => (s.speaker?.entity ? [s.speaker.name] : [])))];
  const who = group.status === 'attributed-differently' ? named.join(' or ') : (group.speaker?.name ?? 'Unattributed');
  return `${who}: ${words}`;
}
