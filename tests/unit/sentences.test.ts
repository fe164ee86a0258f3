import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '@/lib/content';
import { SEGMENT_WINDOW, sentenceSegments, wordBeforeFinalPeriod } from '@/lib/content/sentences';
import { corpusArticles, newswireFixtures, newsyText, seedArticles, unicodeText } from '../fixtures/property/hostile-text';
import { hasCorpus } from '../helpers/paths';
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

describe('sentenceSegments (the segmenter a window at a time)', () => {
  const whole = (text: string) => [...new Intl.Segmenter('en', { granularity: 'sentence' }).segment(text)].map(({ index, segment }) => ({ index, segment }));

  const runTogether = (articles: { text: string }[]) => articles.map((a) => a.text.replace(/\s+/g, ' ')).join(' ');

  it('gives the same sentences as one pass over the whole text, for seed and fixture articles run together', () => {
    const text = runTogether([...seedArticles(), ...newswireFixtures()]);
    expect(text.length).toBeGreaterThan(3 * SEGMENT_WINDOW);
    for (const window of [200, 1_000, SEGMENT_WINDOW]) expect([...sentenceSegments(text, window)]).toEqual(whole(text));
  });

  it.skipIf(!hasCorpus)('gives the same sentences as one pass over the whole text, for corpus text run together', () => {
    const text = runTogether(corpusArticles(40));
    expect(text.length).toBeGreaterThan(20 * SEGMENT_WINDOW / 8);
    for (const window of [200, 1_000, SEGMENT_WINDOW]) expect([...sentenceSegments(text, window)]).toEqual(whole(text));
  });

  it('gives the same sentences for any news-like or unicode text, with windows down to one character', () => {
    fc.assert(
      fc.property(fc.oneof(newsyText(), unicodeText(400)), fc.integer({ min: 1, max: 300 }), (text, window) => {
        expect([...sentenceSegments(text, window)]).toEqual(whole(text));
      }),
      { numRuns: 1500 },
    );
  });
});

describe('wordBeforeFinalPeriod (read backwards, so long runs of abbreviations stay linear)', () => {
  /** What it must find, as the pattern it replaced: the word before a final period, closing quotes and spaces. */
  const reference = (text: string) => /(?:^|[\s(“"'‘])([\p{L}.]+)\.[)"'’”]*\s*$/u.exec(text)?.[1];
  const pieces = fc.constantFrom('U', 'S', 'a', 'Gen', '.', ' ', '\n', '(', ')', '"', '“', '”', '’', "'", '‘', '5', '-', 'é', '𝐀', '\u00a0', 'Mr.', 'J. ');

  it('finds what the reference pattern finds, for any mix of letters, dots, quotes and spaces', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 14 }).map((p) => p.join('')), (text) => {
        expect(wordBeforeFinalPeriod(text)).toBe(reference(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('finds it in plain cases', () => {
    expect(wordBeforeFinalPeriod('the U.S. ')).toBe('U.S');
    expect(wordBeforeFinalPeriod('said (Gen.) ')).toBe('Gen');
    expect(wordBeforeFinalPeriod('it was 5.')).toBeUndefined();
    expect(wordBeforeFinalPeriod('ended?')).toBeUndefined();
  });
});
