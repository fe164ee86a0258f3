import type { FactStatus } from '../schema/story';

/** A symbol and a word for each status, so the meaning never rests on colour alone. */
export const STATUS: Record<FactStatus, { symbol: string; label: string; explanation: string }> = {
  agree: { symbol: '=', label: 'Agree', explanation: 'Every source gives the same version.' },
  differ: { symbol: '≠', label: 'Differ', explanation: 'The sources give different versions.' },
  approximate: { symbol: '≈', label: 'Approximate', explanation: 'One source is vague or gives a bound; the exact version fits it.' },
  changed: { symbol: '↻', label: 'Changed', explanation: 'The versions differ because time passed between the articles.' },
  single: { symbol: '1', label: 'Single source', explanation: 'Only one article reports this.' },
};
