import type { ReferenceDate } from './schema';
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

/**
 * The document date, always inferred: from a dateline near the top, else the latest explicit
 * full date (day, month and year) in a sentence of prose. None when only captions give one.
 */
export function inferReferenceDate(text: string): ReferenceDate | undefined {
  const dates = extractDates(text).filter((d) => d.kind === 'absolute' && d.precision === 'day' && d.value);
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
  const inProse = dates.filter(
    (d) => (ENDS_PROSE.test(sentenceAt(text, bounds, d.start).text) && !datesAThing(text, d) && !quoted(d)) || EMBED_SIGNATURE.test(text.slice(Math.max(0, d.start - 60), d.start)),
  );
  const latest = inProse.reduce<(typeof dates)[number] | undefined>((best, d) => (!best || d.value! > best.value! ? d : best), undefined);
  return latest && { start: latest.start, end: latest.end, text: latest.text, value: latest.value!, source: 'latest-date', evidence: latest.text };
}
