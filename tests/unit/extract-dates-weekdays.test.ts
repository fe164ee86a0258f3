import { describe, expect, it } from 'vitest';
import { analyzeStory } from '@/lib/analysis';
import { parseArticle } from '@/lib/content';
import { extractDates, inferReferenceDate } from '@/lib/extract';
import { Article } from '@/lib/schema/content';

// Monday, November 27, 2006.
const REF = '2006-11-27';
const dates = (text: string) => extractDates(text, { referenceDate: REF }).map((d) => ({ text: d.text, value: d.value, future: d.future }));

describe('weekdays', () => {
  it('with a part of the day are that day, with the part', () => {
    expect(dates('The blast ripped through the pit on Friday evening.')).toEqual([{ text: 'Friday evening', value: '2006-11-24TEV', future: false }]);
    expect(dates('Rescuers searched through Sunday night.')).toEqual([{ text: 'Sunday night', value: '2006-11-26TNI', future: false }]);
    expect(dates('The fire broke out early Monday.')[0]).toMatchObject({ value: REF });
  });

  it('seen from a date borrowed from the rest of the story, may be one of the two days after it', () => {
    // Sunday, April 3, 2016: the latest date of the story's other articles.
    const borrowed = (text: string) => extractDates(text, { referenceDate: '2016-04-03', referenceApproximate: true })[0]?.value;
    expect(borrowed('On Monday, the firm released a statement.')).toBe('2016-04-04');
    expect(borrowed('Its chief executive said Tuesday the bank had no part in it.')).toBe('2016-04-05');
    // Three days after is too far: the last Wednesday.
    expect(borrowed('About 130 migrants arrived at the border on Wednesday.')).toBe('2016-03-30');
    // With the text's own date, a past weekday is the last one.
    expect(extractDates('On Monday, the firm released a statement.', { referenceDate: '2016-04-03' })[0]?.value).toBe('2016-03-28');
  });

  it('naming the reference day in the past tense are that day', () => {
    expect(dates('The minister said on Monday that the talks had failed.')[0]).toMatchObject({ value: REF, future: false });
  });

  it('after "until", "till" or "by" look forward, even in a past-tense clause', () => {
    expect(dates('The trial was adjourned until Wednesday.')[0]).toMatchObject({ value: '2006-11-29', future: true });
    expect(dates('The court adjourned till Friday.')[0]).toMatchObject({ value: '2006-12-01', future: true });
    expect(dates('Ministers had to decide by Thursday.')[0]).toMatchObject({ value: '2006-11-30', future: true });
  });

  it('with a scheduled event in the present tense before them look forward ("climaxes on Wednesday")', () => {
    // 2006-11-27 is a Monday.
    expect(dates('The pilgrimage climaxes on nearby Mount Arafat on Wednesday.')).toEqual([{ text: 'Wednesday', value: '2006-11-29', future: true }]);
    expect(dates('The magazine starts publication in Beijing on Sunday.')).toEqual([{ text: 'Sunday', value: '2006-12-03', future: true }]);
    // In the past tense the day has gone.
    expect(dates('The pilgrimage climaxed on Mount Arafat on Wednesday.')).toEqual([{ text: 'Wednesday', value: '2006-11-22', future: false }]);
    // A participle after its noun sets the event on the weekday to come; opening a sentence it does not.
    expect(dates('Hu met Kibaki, who is in Beijing for a two-day summit opening here Saturday.')).toEqual([{ text: 'Saturday', value: '2006-12-02', future: true }]);
    expect(dates('Starting on Saturday, toys of the five mascots have gone on sale.')).toEqual([{ text: 'Saturday', value: '2006-11-25', future: false }]);
    // "slated on Friday", "scheduled for Friday": still to come, unless it "was" so.
    expect(dates('The meeting was held before the summit slated on Friday.')).toEqual([{ text: 'Friday', value: '2006-12-01', future: true }]);
    expect(dates('The vote was scheduled for Friday.')).toEqual([{ text: 'Friday', value: '2006-11-24', future: false }]);
    // The cue sets its own weekday ahead, not the others of the sentence, nor a cause's ("due to injuries").
    expect(dates('At the airport on Monday evening, delegations arrived for a summit due to open Saturday.')).toEqual([
      { text: 'Monday evening', value: '2006-11-27TEV', future: false },
      { text: 'Saturday', value: '2006-12-02', future: true },
    ]);
    expect(dates('Two players pulled out due to injuries on Sunday.')).toEqual([{ text: 'Sunday', value: '2006-11-26', future: false }]);
  });

  it('right after an irregular past verb are the day it was said or done, whatever the rest will do', () => {
    // 2006-11-27 is a Monday.
    expect(dates('Military sources said Friday they believed the troops would not go south.')).toEqual([{ text: 'Friday', value: '2006-11-24', future: false }]);
    // "announced here Monday", "said there on Friday": the place of the saying does not part the verb from its day.
    expect(dates('Funds will be available later, an official announced here Friday.')).toEqual([{ text: 'Friday', value: '2006-11-24', future: false }]);
    expect(dates('The maneuvers began on Thursday and are to be carried out for ten days.')[0]).toMatchObject({ value: '2006-11-23', future: false });
  });

  it('after "by" but possessive name a past day', () => {
    expect(dates("Three miners were hurt by Saturday's blast.")[0]).toMatchObject({ value: '2006-11-25', future: false });
  });
});

describe('the timeline', () => {
  it('places an event dated by a weekday and a part of the day on that day', () => {
    const article = parseArticle(
      'mine.txt',
      'mine',
      'Gas blast kills 22 miners\n\nGUIYANG, Nov. 27, 2006 (Xinhua)\n\nA gas explosion killed 22 miners at a coal mine in Guizhou Province on Saturday evening, the local government said.\n',
    );
    const story = analyzeStory([Article.parse({ ...article, slug: 'mine' })]);
    expect(story.timeline.map((e) => e.date.value)).toContain('2006-11-25');
  });
});

describe('wire-copy dates', () => {
  it('read a month abbreviation run into its day ("Nov.13")', () => {
    expect(dates('The blast at the plant on Nov.13 polluted the river.')).toEqual([{ text: 'Nov.13', value: '2006-11-13', future: false }]);
  });
});

describe('the reference date of an article without a dateline', () => {
  it('is the latest full date of its prose, never of a caption line', () => {
    const text =
      'Officials said on October 13, 2016 that the girls were freed.\nThe girls were taken from their school.\nA video grab shows the girls in captivity on April 14, 2017';
    expect(inferReferenceDate(text)).toMatchObject({ value: '2016-10-13', source: 'latest-date' });
    expect(inferReferenceDate('A video grab shows the girls in captivity on April 14, 2017')).toBeUndefined();
  });
});

describe('the reference date and past events an article recalls', () => {
  it('is not a full date of a past event when the text shows it was written later', () => {
    // It names its own days by weekday: the full date, with its year, is older news.
    expect(inferReferenceDate('The party filed suit on Friday. The leaks began when a website published the emails on July 22, 2016.')).toBeUndefined();
    // It speaks of a later month.
    expect(inferReferenceDate('The two men were indicted on Oct. 27, 2017. One of them was sentenced in April 2018.')).toBeUndefined();
    // Neither: the date is the best the text gives.
    expect(inferReferenceDate('The army deployed 10,000 troops on February 4, 2025.')).toMatchObject({ value: '2025-02-04' });
    // A date with its weekday, or of something that has happened ("have converged"), is this week's.
    expect(inferReferenceDate('The bank said Friday, Dec. 29, 2017, that it expects a charge. Shares fell on Thursday.')).toMatchObject({ value: '2017-12-29' });
    expect(inferReferenceDate('Migrants have converged at the fence on April 29, 2018. They will decide on Sunday.')).toMatchObject({ value: '2018-04-29' });
  });
});

describe('the reference date and embedded posts', () => {
  it("takes the date of an embedded post's signature, which ends no sentence", () => {
    expect(inferReferenceDate('The president wrote on Thursday. — Jane Doe (@janedoe) December 28, 2017')).toMatchObject({ value: '2017-12-28' });
  });
});

describe('days still to come, seen from the past', () => {
  it('"would" in reported speech, and a verb of saying with "to" point forward', () => {
    expect(dates('The focus of her talk on Saturday would be trade, the president told reporters.')[0]).toMatchObject({ value: '2006-12-02', future: true });
    expect(dates('The city has announced to cut off water supply on Wednesday.')[0]).toMatchObject({ value: '2006-11-29', future: true });
    // Without them, a past-tense weekday stays in the past.
    expect(dates('The focus of her talk on Saturday was trade, the president told reporters.')[0]).toMatchObject({ value: '2006-11-25', future: false });
  });

  it('not when a past verb dates the day itself, whatever the rest of the sentence says will happen', () => {
    expect(dates('Results came in from the regions, where voting ended Saturday, which will each send three members to the house.')[0]).toMatchObject({ value: '2006-11-25', future: false });
    expect(dates('The government will invest more in the waterway, the ministry announced on Friday.')[0]).toMatchObject({ value: '2006-11-24', future: false });
    // An auxiliary or a verb of scheduling before the day keeps it ahead.
    expect(dates('The new budget will be re-introduced on Friday.')[0]).toMatchObject({ value: '2006-12-01', future: true });
    expect(dates('The talks, expected Friday, will decide the matter.')[0]).toMatchObject({ value: '2006-12-01', future: true });
  });

  it('"early <the day after the dateline>" is the small hours after it, not six days before', () => {
    // Sunday, November 26, 2006: results "announced early Monday" came hours later.
    const sunday = (text: string) => extractDates(text, { referenceDate: '2006-11-26' })[0];
    expect(sunday('The party won 35 percent, according to results announced early Monday.')).toMatchObject({ value: '2006-11-27' });
    expect(sunday('The party won 35 percent, according to results announced on Monday.')).toMatchObject({ value: '2006-11-20' });
    expect(sunday('The fire broke out early Tuesday.')).toMatchObject({ value: '2006-11-21' });
  });
});
