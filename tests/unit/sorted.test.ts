/** The binary search the extractors and ArticleText use to find words and sentences by offset. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findIndexSorted, firstIndexWhere } from '@/lib/extract/sorted';

const sortedOffsets = fc.array(fc.nat(10_000), { maxLength: 200 }).map((offsets) => offsets.sort((a, b) => a - b));

describe('findIndexSorted', () => {
  it('finds what Array.prototype.findIndex finds, for any sorted offsets and threshold', () => {
    fc.assert(
      fc.property(sortedOffsets, fc.integer({ min: -1, max: 10_001 }), (offsets, threshold) => {
        expect(findIndexSorted(offsets, (o) => o >= threshold)).toBe(offsets.findIndex((o) => o >= threshold));
        expect(findIndexSorted(offsets, (o) => o > threshold)).toBe(offsets.findIndex((o) => o > threshold));
      }),
      { numRuns: 2000 },
    );
  });

  it('returns the length, or -1, when nothing reaches the threshold', () => {
    expect(firstIndexWhere([1, 2, 3], (o) => o > 3)).toBe(3);
    expect(findIndexSorted([1, 2, 3], (o) => o > 3)).toBe(-1);
    expect(findIndexSorted([], () => true)).toBe(-1);
    expect(findIndexSorted([5, 5, 5], (o) => o >= 5)).toBe(0);
  });
});
