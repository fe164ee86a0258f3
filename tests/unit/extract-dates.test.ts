import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDates, inferReferenceDate, type DateMention } from '@/lib/extract';
import { NEWSWIRE_FIXTURE_DIR, SEED_DIR } from '../helpers/paths';

const seed = (prefix: string) => readFileSync(join(SEED_DIR, readdirSync(SEED_DIR).find((f) => f.startsWith(prefix))!), 'utf8');
/** A newswire-style article written for the tests (tests/fixtures/newswire). */
const fixture = (name: string) => readFileSync(join(NEWSWIRE_FIXTURE_DIR, `${name}.txt`), 'utf8');
const values = (mentions: DateMention[]) => mentions.map((d) => [d.text, d.value]);

describe('extractDates: absolute and partial dates', () => {
  it('reads full, partial and fiscal dates with exact spans', () => {
    const t = seed('002_');
    const d = extractDates(t, { referenceDate: '2025-02-05' });
    const first = d.find((m) => m.text === 'February 4, 2025')!;
    expect(first).toMatchObject({ start: t.indexOf('February 4, 2025'), end: t.indexOf('February 4, 2025') + 16, value: '2025-02-04', precision: 'day', kind: 'absolute', relative: false });
    expect(d.find((m) => m.text === 'February 3')).toMatchObject({ value: '2025-02-03', kind: 'partial', relative: true });
    expect(d.find((m) => m.text === 'December 2024')).toMatchObject({ value: '2024-12', precision: 'month' });
    expect(d.find((m) => m.text === 'July 2020')).toMatchObject({ value: '2020-07', precision: 'month' });
    expect(d.find((m) => m.text === 'Fiscal Year 2024')).toMatchObject({ value: '2024', precision: 'year', fiscal: true });
    for (const m of d) expect(t.slice(m.start, m.end)).toBe(m.text);
  });

  it('never puts a period wholly before the reference date ahead, whatever the tense ("will renew the goals made in 1994")', () => {
    const [made] = extractDates('Members will renew their commitment to the goals made in 1994.', { referenceDate: '2005-11-15' });
    expect(made).toMatchObject({ value: '1994', future: false });
    // The reference year itself may still be ahead.
    expect(extractDates('The plan will take effect in 2005.', { referenceDate: '2005-11-15' })[0]).toMatchObject({ value: '2005', future: true });
  });

  it('dates a span of days by its first day ("Nov. 18-19")', () => {
    expect(values(extractDates('The leaders meet in Busan on Nov. 18-19.', { referenceDate: '2005-11-13' }))).toEqual([['Nov. 18-19', '2005-11-18']]);
    expect(values(extractDates('The fair runs March 2-7, 2006.', { referenceDate: '2005-11-13' }))).toEqual([['March 2-7, 2006', '2006-03-02']]);
  });

  it('puts a month without a year nearest the reference date, tense breaking ties', () => {
    expect(values(extractDates('The general was sacked in December.', { referenceDate: '1997-04-01' }))).toEqual([['December', '1996-12']]);
    expect(values(extractDates('Elections were held in October.', { referenceDate: '1997-04-01' }))).toEqual([['October', '1996-10']]);
    expect(values(extractDates('Elections will be held in October.', { referenceDate: '1997-04-01' }))).toEqual([['October', '1997-10']]);
    expect(values(extractDates('With a March 4 deadline looming.', { referenceDate: '2025-02-10' }))).toEqual([['March 4', '2025-03-04']]);
  });

  it('reads years, decades, quarters, seasons and modifiers', () => {
    const d = extractDates('Since 1991, in the 1990s, mid-1996, early next year, the first quarter of 1997, last summer and the 2026 review.', { referenceDate: '1997-04-01' });
    expect(d.map((m) => [m.text, m.value, m.precision, m.modifier])).toEqual([
      ['1991', '1991', 'year', undefined],
      ['1990s', '199', 'decade', undefined],
      ['mid-1996', '1996', 'year', 'MID'],
      ['early next year', '1998', 'year', 'START'],
      ['the first quarter of 1997', '1997-Q1', 'quarter', undefined],
      ['last summer', '1996-SU', 'season', undefined],
      ['2026', '2026', 'year', undefined],
    ]);
  });

  it('leaves partial dates unresolved without a reference date', () => {
    expect(extractDates('Talks begin March 4.')[0]).toMatchObject({ text: 'March 4', value: undefined, resolved: false, relative: true });
    expect(extractDates('On January 20, 2025, he signed.')[0]).toMatchObject({ value: '2025-01-20', resolved: true });
  });
});

describe('extractDates: relative expressions', () => {
  const ref = { referenceDate: '1997-04-01' }; // a Tuesday

  it('resolves deictic expressions against the reference date', () => {
    const d = extractDates('This week, last year, next month, last week, yesterday, today, this morning, two years ago and last month.', ref);
    expect(values(d)).toEqual([
      ['This week', '1997-W14'], ['last year', '1996'], ['next month', '1997-05'], ['last week', '1997-W13'],
      ['yesterday', '1997-03-31'], ['today', '1997-04-01'], ['this morning', '1997-04-01TMO'], ['two years ago', '1995'], ['last month', '1997-03'],
    ]);
    expect(d.every((m) => m.kind === 'relative' && m.relative)).toBe(true);
  });

  it('resolves a bare weekday to the latest such day on or before the reference date', () => {
    expect(values(extractDates('the Interfax agency reported Tuesday.', ref))).toEqual([['Tuesday', '1997-04-01']]);
    expect(values(extractDates('Talks began Monday.', ref))).toEqual([['Monday', '1997-03-31']]);
    expect(values(extractDates('He left on Wednesday.', ref))).toEqual([['Wednesday', '1997-03-26']]);
    expect(values(extractDates('Fog delayed flights Saturday night.', ref))).toEqual([['Saturday night', '1997-03-29TNI']]);
  });

  it('looks forward for weekdays in sentences about the future', () => {
    const [d] = extractDates('The ministers will meet Wednesday.', ref);
    expect(d).toMatchObject({ value: '1997-04-02', future: true });
    expect(values(extractDates('They meet next Tuesday.', ref))).toEqual([['next Tuesday', '1997-04-08']]);
  });

  it('takes the tense of the date\'s own clause: the reporting frame, not what was reported or quoted', () => {
    const on = (text: string) => extractDates(text, ref).map((d) => [d.text, d.value, d.future]);
    // When it was said is past, whatever the report says about the future.
    expect(on('On Wednesday, the minister said that the suspect will be charged.')).toEqual([['Wednesday', '1997-03-26', false]]);
    expect(on('The minister said on Monday that the plant will open next year.')).toEqual([['Monday', '1997-03-31', false], ['next year', '1998', true]]);
    expect(on('"Talks will resume," he told reporters Tuesday.')).toEqual([['Tuesday', '1997-04-01', false]]);
    expect(on('A team will be set up, he said, possibly before the end of this year.')).toMatchObject([['the end of this year', '1997', true]]);
    // A passive "to be announced" is the event itself, and a quotation the date is in keeps its tense.
    expect(on('The winner is expected to be announced on Thursday.')).toEqual([['Thursday', '1997-04-03', true]]);
    expect(on('He said: "We will meet again on Thursday."')).toEqual([['Thursday', '1997-04-03', true]]);
    // "3,000" is not a clause break.
    expect(on('He confirmed the plan to install 3,000 centrifuges by June.')).toEqual([['June', '1997-06', true]]);
  });

  it('keeps unresolvable anchors as mentions and resolves dated ones', () => {
    const t = seed('002_');
    const d = extractDates(t, { referenceDate: '2025-02-05' }).find((m) => m.text === 'a day after')!;
    expect(d).toMatchObject({ start: t.indexOf('a day after'), value: undefined, resolved: false, kind: 'relative' });
    expect(values(extractDates('Canada agreed a day after February 3.', ref))).toEqual([['a day after February 3', '1997-02-04']]);
  });

  it('dates what comes after "a day after" by the date before it: "on December 6, a day after a bomber struck"', () => {
    const dated = (text: string) => values(extractDates(text, { referenceDate: '2005-12-13' }));
    expect(dated('The cabinet took the decision on December 6, a day after a bomber killed five Israelis.')).toEqual([
      ['December 6', '2005-12-06'],
      ['a day after', '2005-12-05'],
    ]);
    expect(dated('A poll published Wednesday, eight days before the election, surprised everyone.')).toEqual([
      ['Wednesday', '2005-12-07'],
      ['eight days before', '2005-12-15'],
    ]);
    // From the main clause's day given a sentence or two before: "said on Tuesday … told a press conference, two days after …".
    expect(dated('Meles on Tuesday said 1,000 had died. "We got reports," Meles told a press conference, two days after Ethiopia acknowledged its role.')).toEqual([
      ['Tuesday', '2005-12-13'],
      ['two days after', '2005-12-11'],
    ]);
    // Not across a clause: "on Monday. A day after the vote" leaves the anchor to the vote.
    expect(dated('They met on Monday. A day after the vote, they left.')).toEqual([['Monday', '2005-12-12'], ['A day after', undefined]]);
  });

  it('dates "the following day" and "the previous day" from the last day the text gave', () => {
    const dated = (text: string) => values(extractDates(text, { referenceDate: '2018-04-30' }));
    expect(dated('Flynn was fired Feb. 13, 2017, after officials said so. The following day, Trump cleared the Oval Office.')).toEqual([
      ['Feb. 13, 2017', '2017-02-13'],
      ['The following day', '2017-02-14'],
    ]);
    expect(dated('The deal came after a pact the previous day with the Communists.')).toEqual([['the previous day', undefined]]);
    expect(dated('The next day of talks begins soon.')).toEqual([]);
  });

  it('sets a day without its year before the article when a past verb governs it, unless the verb says what was said', () => {
    const dated = (text: string) => values(extractDates(text, { referenceDate: '2005-12-12' }));
    expect(dated('Sunni Arabs boycotted the January 30 election for a transitional parliament.')).toEqual([['January 30', '2005-01-30']]);
    expect(dated('His party narrowly won the April parliamentary election.')).toEqual([['April', '2005-04']]);
    expect(dated('Bush has declared January 2 as a national day of mourning.')).toEqual([['January 2', '2006-01-02']]);
    expect(dated('The January 30 election will be a milestone.')).toEqual([['January 30', '2006-01-30']]);
  });

  it('marks now/currently/recently as TimeML reference points', () => {
    expect(values(extractDates('It is now clear, currently the case, recently changed and as in the past.', ref))).toEqual([
      ['now', 'PRESENT_REF'], ['currently', 'PRESENT_REF'], ['recently', 'PAST_REF'], ['the past', 'PAST_REF'],
    ]);
  });
});

describe('extractDates: what is not a date', () => {
  it('excludes durations, frequencies, verbs and counts', () => {
    const text = 'Tariffs were deferred for 30 days in a 30-day pause; inspections happen daily and every year, every Monday. Prices may march on. They seized 2000 tonnes. In the past three years.';
    expect(extractDates(text, { referenceDate: '2025-02-05' })).toEqual([]);
  });

  it('does not read a Title Case label as a date', () => {
    expect(extractDates('Learn Today\nFentanyl → a drug.')).toEqual([]);
  });
});

describe('inferReferenceDate', () => {
  it('reads AFP and Xinhua datelines', () => {
    const afp = fixture('afp-navy-chief');
    expect(inferReferenceDate(afp)).toMatchObject({ value: '1997-03-12', source: 'dateline', evidence: 'KIEV, March 12, 1997 (AFP)', text: 'March 12, 1997', start: afp.indexOf('March 12, 1997') });
    expect(inferReferenceDate(fixture('xin-denver-snow'))).toMatchObject({ value: '2006-12-03', source: 'dateline', evidence: 'DENVER, Dec. 3, 2006 (Xinhua)' });
  });

  it('falls back to the latest full date, else nothing', () => {
    expect(inferReferenceDate(seed('002_'))).toMatchObject({ value: '2025-02-04', source: 'latest-date' });
    expect(inferReferenceDate(seed('003_'))).toBeUndefined();
  });

  it('never takes the date a document bears for the date of the report that quotes it', () => {
    expect(inferReferenceDate('He recounts the meeting in one memo, dated Feb. 8, 2017. It was released on Thursday.')).toBeUndefined();
    expect(inferReferenceDate('He gave a friend his Feb. 14, 2017, memo to read to the press.')).toBeUndefined();
    expect(inferReferenceDate('The vote took place on Feb. 14, 2017, officials said.')).toMatchObject({ value: '2017-02-14', source: 'latest-date' });
    // Nor a date someone is quoted saying.
    expect(inferReferenceDate('“These are notes I typed on Jan. 5, 2017,” he writes.')).toBeUndefined();
  });

  it('reads numeric dates month first, as American papers write them', () => {
    expect(values(extractDates('Notes typed on 1/5/17 and 12/31/2016 were found; 31/12/2016 is no such date.'))).toEqual([
      ['1/5/17', '2017-01-05'], ['12/31/2016', '2016-12-31'], ['2016', '2016'],
    ]);
  });

  it('resolves a whole newswire article as TimeML would', () => {
    // Filed on a Wednesday: "Wednesday" is the day itself, a past "November" is the one before.
    const text = fixture('afp-navy-chief');
    const ref = inferReferenceDate(text)!.value;
    expect(values(extractDates(text, { referenceDate: ref }))).toEqual([
      ['March 12, 1997', '1997-03-12'], ['Wednesday', '1997-03-12'], ['November', '1996-11'], ['1992', '1992'], ['last month', '1997-02'],
    ]);
    // Filed on a Sunday: "Saturday night" is the evening before.
    const snow = fixture('xin-denver-snow');
    expect(values(extractDates(snow, { referenceDate: inferReferenceDate(snow)!.value }))).toEqual([
      ['Dec. 3, 2006', '2006-12-03'], ['Saturday night', '2006-12-02TNI'], ['Sunday', '2006-12-03'], ['this morning', '2006-12-03TMO'], ['Saturday', '2006-12-02'], ['now', 'PRESENT_REF'],
    ]);
  });
});
