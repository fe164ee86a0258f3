import nlp from 'compromise';
import type { DateMention, ReferenceDate } from './schema';
import { extractDates } from './dates';
import { sentenceAt, sentenceBounds } from './sentences';
import { quoteSpans } from './quote-spans';

/** A sentence that ends as prose does; a caption or credit line ("… shows the scene on April 14, 2016") does not. */
const ENDS_PROSE = /[.!?…]["'’”)\]]*\s*$/;
const EMBED_SIGNATURE = /\(@\w{1,30}\)\s*$/;

// "MOSCOW, April 1, 1997 (AFP)" · "LOS ANGELES, Nov. 19, 2006 (Xinhua)": a place, a comma, then a full date.
const DATELINE = /^[ \t]*[A-Z][A-Za-z.'’ -]{1,40}(?:,\s+[A-Z][A-Za-z.'’ -]{1,30})?,\s+/gm;
const DATELINE_SEARCH_CHARS = 1000;

/** "a memo dated Feb. 8, 2017", "his Feb. 14, 2017, memo": the date a document or thing bears. */
const DATED = /\bdated\s+$/i;
const DETERMINER = /\b(?:the|a|an|his|her|its|their|our|this|that)\s+$/i;
const NOUN_AFTER = /^,?\s+\p{Ll}/u;

/**
 * A date that names when a thing was made, not when something happened: a report quotes an old
 * memo by its date, and that says nothing of when the report was written.
 */
function datesAThing(text: string, d: { start: number; end: number }): boolean {
  const before = text.slice(Math.max(0, d.start - 12), d.start);
  return DATED.test(before) || (DETERMINER.test(before) && NOUN_AFTER.test(text.slice(d.end, d.end + 30)));
}

/** "Friday, Dec. 29, 2017": a date given with its weekday is this week's. */
const WITH_WEEKDAY = /^\p{L}+day,/u;

/**
 * "Flynn was fired Feb. 13, 2017", "WikiLeaks published the emails on July 22, 2016": a past
 * event the article recalls, written with its year because it is not this week's news; so is
 * what someone said then ("he repeated at a rally on March 7, 2016"). When the text shows it
 * was written later (writtenLater), it was written on a day it does not give. Not a present
 * perfect ("migrants have converged at the fence on April 29, 2018").
 */
function recallsPastEvent(sentence: string): boolean {
  const doc = nlp(sentence);
  const perfect = new Set<string>(doc.match('(have|has) been? #Adverb? [#PastTense]', 0).out('array'));
  return (doc.match('#PastTense').out('array') as string[]).some((verb) => !perfect.has(verb));
}

/** A weekday on its own ("on Friday", "early Thursday"): how news names the days of its own week. */
const BARE_WEEKDAY = /^(?:(?:early|late|last|this)\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;

/**
 * The text shows it was written after `day`: it names its own days by weekday, as news does for
 * this week's, or speaks of a later month or season ("in April 2018", "the winter of 2017").
 */
function writtenLater(mentioned: DateMention[], date: DateMention, sentence: { text: string; start: number }): boolean {
  // A weekday in the date's own sentence may be a day of that week ("reopened on Sunday, officials said on May 4").
  const elsewhere = (d: DateMention) => d.start < sentence.start || d.start >= sentence.start + sentence.text.length;
  return mentioned.some(
    (d) => (d.kind !== 'absolute' && BARE_WEEKDAY.test(d.text) && elsewhere(d)) || (d.kind === 'absolute' && (d.precision === 'month' || d.precision === 'season') && d.value !== undefined && d.value > date.value!),
  );
}

/**
 * The document date, always inferred: from a dateline near the top, else the latest explicit
 * full date (day, month and year) in a sentence of prose. None when only captions give one.
 */
export function inferReferenceDate(text: string): ReferenceDate | undefined {
  const mentioned = extractDates(text);
  const dates = mentioned.filter((d) => d.kind === 'absolute' && d.precision === 'day' && d.value);
  for (const m of text.slice(0, DATELINE_SEARCH_CHARS).matchAll(DATELINE)) {
    const dateStart = m.index + m[0].length;
    const date = dates.find((d) => d.start === dateStart);
    if (date) {
      const lineEnd = text.indexOf('\n', dateStart);
      const evidence = text.slice(m.index, lineEnd === -1 ? text.length : lineEnd).trim();
      return { start: date.start, end: date.end, text: date.text, value: date.value!, source: 'dateline', evidence };
    }
  }
  // A date in a caption or credit (a line that ends no sentence) dates a picture, not the article.
  const bounds = sentenceBounds(text);
  // An embedded post's signature ("— Jane Doe (@jdoe) December 28, 2017") dates what the article quotes: keep it.
  // A date someone is quoted saying ("notes I typed … on 1/5/17") is theirs, not the report's.
  const quotes = quoteSpans(text);
  const quoted = (d: { start: number }) => quotes.some((q) => d.start >= q.start && d.start < q.end);
  const inProse = dates.filter((d) => {
    if (EMBED_SIGNATURE.test(text.slice(Math.max(0, d.start - 60), d.start))) return true;
    const sentence = sentenceAt(text, bounds, d.start);
    const recalled = !WITH_WEEKDAY.test(d.text) && writtenLater(mentioned, d, sentence) && recallsPastEvent(sentence.text);
    return ENDS_PROSE.test(sentence.text) && !datesAThing(text, d) && !quoted(d) && !recalled;
  });
  const latest = inProse.reduce<(typeof dates)[number] | undefined>((best, d) => (!best || d.value! > best.value! ? d : best), undefined);
  return latest && { start: latest.start, end: latest.end, text: latest.text, value: latest.value!, source: 'latest-date', evidence: latest.text };
}
