import { describe, expect, it } from 'vitest';
import { splitSentences } from '@/lib/content';
import { parseDateline } from '@/lib/content/dateline';

const split = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('does not break after titles, initials, month abbreviations or dotted acronyms mid-sentence', () => {
    expect(split('The U.S. Trade Representative met Mr. Smith on Feb. 4. He left.')).toEqual([
      'The U.S. Trade Representative met Mr. Smith on Feb. 4.',
      'He left.',
    ]);
    expect(split('Gen. J. R. Jones agreed. It was 3 p.m. on Monday.')).toEqual(['Gen. J. R. Jones agreed.', 'It was 3 p.m. on Monday.']);
  });

  it('breaks after an acronym that ends a sentence, and after quoted sentences', () => {
    expect(split('Leaders met in the U.S. The talks ended.')).toEqual(['Leaders met in the U.S.', 'The talks ended.']);
    expect(split('He said "no." Then officials left.')).toEqual(['He said "no."', 'Then officials left.']);
    expect(split('It is room No. 5 in the hall.')).toEqual(['It is room No. 5 in the hall.']);
  });

  it('returns trimmed spans with exact offsets', () => {
    const text = '  One.   Two?  ';
    expect(splitSentences(text)).toEqual([
      { start: 2, end: 6 },
      { start: 9, end: 13 },
    ]);
  });
});

describe('parseDateline', () => {
  it('reads wire datelines with region and agency', () => {
    expect(parseDateline('CAPE TOWN, South Africa, April 9, 1997 (AFP)')).toEqual({ place: 'CAPE TOWN, South Africa', date: '1997-04-09', agency: 'AFP' });
    expect(parseDateline('HANOI, Nov. 30, 2006 (Xinhua)')).toEqual({ place: 'HANOI', date: '2006-11-30', agency: 'Xinhua' });
    expect(parseDateline('HONG KONG, Dec 4, 2005')).toEqual({ place: 'HONG KONG', date: '2005-12-04' });
  });

  it('rejects impossible dates and ordinary sentences', () => {
    expect(parseDateline('PARIS, Feb 30, 2005 (AFP)')).toBeUndefined();
    expect(parseDateline('Officials met in Paris, April 9, 1997, to talk.')).toBeUndefined();
  });
});
