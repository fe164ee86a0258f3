import type { FactStatus, QuoteGroup, QuoteStatus } from '../schema/story';

/** A symbol and a word for each status, so the meaning never rests on colour alone. */
export const STATUS: Record<FactStatus, { symbol: string; label: string; explanation: string }> = {
  agree: { symbol: '=', label: 'Agree', explanation: 'Every source gives the same version.' },
  differ: { symbol: '≠', label: 'Differ', explanation: 'The sources give different versions.' },
  approximate: { symbol: '≈', label: 'Approximate', explanation: 'One source is vague or gives a bound; the exact version fits it.' },
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

/** The wording of a fact's or a quote's status. */
export const statusWording = (status: FactStatus | QuoteStatus) => (status in STATUS ? STATUS[status as FactStatus] : QUOTE_STATUS[status as QuoteStatus]);

/** A quote group's title: the speaker most sources give, and the words (quoted unless reported speech). */
export function quoteTitle(group: Pick<QuoteGroup, 'kind' | 'text' | 'speaker'>): string {
  const words = group.kind === 'indirect' ? group.text : `“${group.text}”`;
  return `${group.speaker?.name ?? 'Unattributed'}: ${words}`;
}
