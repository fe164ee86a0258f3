import type { FactStatus } from '../schema/story';
import type { Reference } from './extract-article';

/** One source's version of a fact: a number, or who holds an office. */
export interface Version {
  article: string;
  value: number | string;
  /** For a vague or bounded number ("thousands", "more than 200"): whether an exact one fits it. */
  fits?: (exact: number) => boolean;
  reference?: Reference;
}

/**
 * One status for figures and offices alike. `agree`: every source gives the same version;
 * `approximate`: vague or bounded numbers that fit the exact one; `changed`: a later report
 * updates an earlier one (the versions come from articles written on different days, each known
 * from the article itself); `differ`: sources contradict each other, at the same time or at a
 * time nobody knows; `single`: one source and one version. One article that gives a figure twice
 * agrees (or roughly agrees) with itself; if its versions differ, it speaks of two things or of
 * two moments it does not tell apart, and nothing is claimed.
 */
export function factStatus(versions: Version[]): FactStatus {
  if (versions.length < 2) return 'single';
  const status = statusAcross(versions);
  const oneArticle = new Set(versions.map((v) => v.article)).size === 1;
  return oneArticle && status !== 'agree' && status !== 'approximate' ? 'single' : status;
}

/** The status of two versions or more, read as if each came from its own source. */
function statusAcross(versions: Version[]): FactStatus {
  const exact = versions.filter((v) => !v.fits);
  const fuzzy = versions.filter((v) => v.fits);
  const values = new Set(exact.map((v) => v.value));
  if (values.size <= 1) {
    if (fuzzy.length === 0) return 'agree';
    const value = exact[0]?.value;
    // "more than 1,000 killed" on Tuesday, "up to 3,000 dead" on Thursday: a later report updates the claim.
    if (value === undefined) {
      if (new Set(fuzzy.map((v) => String(v.value))).size === 1) return 'agree';
      const numbers = new Set(fuzzy.map((v) => parseFloat(String(v.value))));
      return numbers.size > 1 && writtenApart(fuzzy) ? 'changed' : 'approximate';
    }
    if (typeof value === 'number' && fuzzy.every((v) => v.fits!(value))) return 'approximate';
    // "killed 217", then nine days later "at least 343 dead": a later report updates the toll.
    return writtenApart(versions) ? 'changed' : 'differ';
  }
  return writtenApart(exact) ? 'changed' : 'differ';
}

/**
 * Whether each version was written on days none of the others' were. A date an article only
 * borrowed from the rest of the story says nothing of when it was written.
 */
function writtenApart(versions: Version[]): boolean {
  const days = new Map<number | string, Set<string>>();
  for (const v of versions) {
    if (!v.reference || v.reference.borrowed) return false;
    days.set(v.value, (days.get(v.value) ?? new Set()).add(v.reference.value));
  }
  const sets = [...days.values()];
  return !sets.some((a, i) => sets.some((b, j) => i < j && [...a].some((d) => b.has(d))));
}
