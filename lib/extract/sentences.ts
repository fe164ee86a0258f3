import { firstIndexWhere } from './sorted';

/**
 * Light sentence bounds for tense cues. A sentence ends at . ! ? followed by
 * whitespace and a capital/quote/digit, or at a line break; "U.S. officials"
 * stays one sentence because a lower-case word follows.
 */
const BOUNDARY = /[.!?]["'”’)]?(?=\s+["'“‘(]?[A-Z0-9])|\n/g;

export function sentenceBounds(text: string): Array<[number, number]> {
  const bounds: Array<[number, number]> = [];
  let start = 0;
  for (const m of text.matchAll(BOUNDARY)) {
    const end = m.index + m[0].length;
    bounds.push([start, end]);
    start = end;
  }
  bounds.push([start, text.length]);
  return bounds;
}

/** The sentence holding `offset`, and where it starts. */
export function sentenceAt(text: string, bounds: Array<[number, number]>, offset: number): { text: string; start: number } {
  const found = bounds[firstIndexWhere(bounds, ([, end]) => end > offset)];
  return found && offset >= found[0] ? { text: text.slice(found[0], found[1]), start: found[0] } : { text: '', start: offset };
}

// Modal and scheduling cues that put a sentence in the future.
// "would" is the future seen from the past in reported speech ("her talk on Saturday would focus on …").
const FUTURE_CUE = /\b(?:will|won't|shall|would(?!\s+have)|next|upcoming|plans? to|planned for|to be held|(?:is|are|am)\s+(?:expected|due|set|scheduled|slated|going|to))\b|'ll\b/iu;
const WEEKDAY = String.raw`(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b`;
// Cues that set one weekday ahead, that weekday only: a scheduled event in the present tense before
// it ("The pilgrimage climaxes on nearby Mount Arafat on Wednesday"), one a participle after its
// noun sets on it ("a two-day summit … opening here Saturday"), or one "slated on Friday" or "due
// to open Saturday" (not "due to injuries on Monday").
const SCHEDULED_WEEKDAY = new RegExp(
  [
    String.raw`(?<=\p{Ll}\s)(?:opening|beginning|starting|convening|resuming)\s+(?:(?:here|there)\s+)?(?:on\s+)?${WEEKDAY}`,
    String.raw`(?<!\b(?:was|were|been)\s+)\b(?:scheduled|slated|due|expected|set)\s+(?:for\s+|on\s+|to\s+(?!\p{Ll}+(?:ies|[^s]s)\b)\p{Ll}+\s+(?:(?:here|there)\s+)?(?:on\s+)?)${WEEKDAY}`,
    String.raw`\b(?:opens|begins|starts|ends|closes|climaxes|culminates|resumes|convenes|kicks off|takes place)\s+(?!\p{Ll}+ly\b)(?:[\p{L}\s-]{0,40}\s)?(?:on\s+)?${WEEKDAY}`,
  ].join('|'),
  'giu',
);

/** Whether a scheduling cue sets the weekday at `at` ahead: each cue ends on its weekday. */
const isScheduledWeekdayAt = (own: string, at: number) =>
  [...own.matchAll(SCHEDULED_WEEKDAY)].some((m) => m.index + m[0].length - /\p{L}+$/u.exec(m[0])![0].length === at);

// A past reporting verb: what comes before it (and up to "that", a comma or a colon after it) is
// when it was said; what follows is what was said, whose tense is not the date's.
// Not a passive "is expected to be announced on Thursday", which is the event itself.
const REPORTING_VERB = /(?<!\b(?:be|been|being)\s+)\b(?:said|told|announced|reported|added|stated|confirmed|warned|declared|noted|explained|insisted|acknowledged|disclosed|revealed)\b/i;
const REPORTED_CONTENT = /\bthat\b|[,:;](?=\s)|[“"]/g;
const QUOTED = /“[^”]*”|"[^"\n]*"/g;

/**
 * Whether a date at `at` (an offset in `sentence`) is about the future: a future cue in its part
 * of the sentence. Quotations the date is not in are someone else's words ("…and will be
 * chased," he said on Thursday), and the reporting frame ("On Thursday, the minister said that")
 * is told apart from what was reported.
 */
export function isFutureAt(sentence: string, at: number): boolean {
  const own = sentence.replace(QUOTED, (quote, start: number) => (at >= start && at < start + quote.length ? quote : ' '.repeat(quote.length)));
  if (isScheduledWeekdayAt(own, at)) return true;
  const verb = REPORTING_VERB.exec(own);
  if (!verb) return FUTURE_CUE.test(own);
  // "announced to cut off the water on Wednesday": what was announced is still to come.
  if (at > verb.index && /^\s+to\s+\p{L}/u.test(own.slice(verb.index + verb[0].length))) return true;
  REPORTED_CONTENT.lastIndex = verb.index + verb[0].length;
  const frameEnd = REPORTED_CONTENT.exec(own)?.index ?? own.length;
  // What was said can be on both sides of the frame ("A team will be set up, he said, possibly by May").
  return FUTURE_CUE.test(at < frameEnd ? own.slice(0, frameEnd) : own);
}
