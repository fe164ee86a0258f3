import type { DateMention } from '../extract';
import type { Published } from '../schema/story';
import { ownReference, type ArticleMentions, type Reference } from './extract-article';

/**
 * Every article's reference date. An article with no date of its own (none stated, no full date
 * in its text) borrows the latest one of the other articles of the story, marked inferred.
 */
export function storyReferences(all: ArticleMentions[]): (Reference | undefined)[] {
  const own = all.map(ownReference);
  const known = own
    .map((reference, i) => ({ reference, title: all[i]!.article.title }))
    .filter((r): r is { reference: Reference; title: string } => r.reference !== undefined);
  if (known.length === 0) return own;
  const latest = known.reduce((best, r) => (r.reference.value > best.reference.value ? r : best));
  return own.map(
    (reference) =>
      reference ?? {
        value: latest.reference.value,
        inferred: true,
        borrowed: true,
        evidence: `no date of its own; the latest date of the other articles (“${latest.title}”)`,
      },
  );
}

/** The first and last day a date value ('2025', '2025-03', '2025-03-04') covers. */
function bounds(value: string): { first: string; last: string } | undefined {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(value);
  if (!match) return undefined;
  const [, year, month, day] = match;
  if (day) return { first: value, last: value };
  if (month) {
    const lastDay = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
    return { first: `${year}-${month}-01`, last: `${year}-${month}-${String(lastDay).padStart(2, '0')}` };
  }
  return { first: `${year}-01-01`, last: `${year}-12-31` };
}

/**
 * The window an article's own calendar dates allow for its publication: after the latest date
 * it speaks of in the past, before the earliest one it speaks of as still to come.
 */
export function publicationWindow(dates: DateMention[]): Published['window'] | undefined {
  let after: string | undefined;
  let before: string | undefined;
  for (const date of dates) {
    // Only fully written dates of a day or month: a bare year is as often ahead ("the 2026 review")
    // as behind, and a partial date took its year from the reference date it would be judging.
    if (date.kind !== 'absolute' || (date.precision !== 'day' && date.precision !== 'month') || !date.value) continue;
    const range = bounds(date.value);
    if (!range) continue;
    if (date.future) before = !before || range.first < before ? range.first : before;
    else after = !after || range.first > after ? range.first : after;
  }
  if (!after && !before) return undefined;
  return { ...(after && { after }), ...(before && { before }) };
}
