/**
 * Property-based tests of the extractors on text from the open web: arbitrary unicode, news-like
 * text with injections and odd characters, and mutated seed and corpus articles. For any input
 * they must not throw, every mention must pass its zod schema, and every span must be exact:
 * 0 ≤ start < end ≤ text.length and text.slice(start, end) === mention.text.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import {
  DateMentionSchema, EntityMentionSchema, extractDates, extractEntities, extractFigures, FigureMentionSchema, inferReferenceDate,
  ReferenceDateSchema,
} from '@/lib/extract';
import { corpusArticles, mutatedArticle, newswireFixtures, newsyText, scaled, seedArticles, unicodeText } from '../fixtures/property/hostile-text';
import { hasCorpus } from '../helpers/paths';

/** Cases per property (times PROPERTY_SCALE). Seeds are long (3–11k characters), so they get fewer. */
const RUNS = scaled({ unicode: 1000, newsy: 700, corpus: 250, fixtures: 100, seeds: 30 });
vi.setConfig({ testTimeout: 60_000 });

/** TimeML values as documented in lib/extract/schema.ts. */
const TIMEML_VALUE =
  /^(?:(?:\d{4}(?:-(?:\d{2}(?:-\d{2})?|W\d{2}(?:-WE)?|Q[1-4]|SP|SU|FA|WI))?|\d{2,3})(?:T(?:MO|AF|EV|NI))?|(?:PRESENT|PAST|FUTURE)_REF)$/;

function isCalendarDay(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

interface Spanned {
  start: number;
  end: number;
  text: string;
}

function spanProblem(text: string, span: Spanned, what: string): string | undefined {
  const inside = Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start < span.end && span.end <= text.length;
  if (inside && text.slice(span.start, span.end) === span.text) return undefined;
  return `${what} [${span.start}, ${span.end}) ${JSON.stringify(span.text)} ≠ ${JSON.stringify(text.slice(span.start, span.end))}`;
}

function schemaProblems(schema: { safeParse(value: unknown): { error?: { issues: { path: PropertyKey[]; message: string }[] } } }, value: unknown, what: string): string[] {
  return (schema.safeParse(value).error?.issues ?? []).map((issue) => `${what}: ${issue.path.join('.')}: ${issue.message}`);
}

/** Runs all four extractors (dates with and without a reference date) and lists every broken promise. */
function extractionProblems(text: string, referenceDate: string): string[] {
  const problems: string[] = [];
  const check = (span: Spanned, what: string) => {
    const problem = spanProblem(text, span, what);
    if (problem) problems.push(problem);
  };

  for (const entity of extractEntities(text)) {
    problems.push(...schemaProblems(EntityMentionSchema, entity, `entity ${entity.text}`));
    check(entity, 'entity');
    if (entity.role) check(entity.role, `role of ${entity.text}`);
  }

  const inferred = inferReferenceDate(text);
  if (inferred) {
    problems.push(...schemaProblems(ReferenceDateSchema, inferred, 'reference date'));
    check(inferred, 'reference date');
    if (!isCalendarDay(inferred.value)) problems.push(`reference date value ${inferred.value} is not a calendar day`);
  }
  const references = [undefined, referenceDate, ...(inferred ? [inferred.value] : [])];
  for (const ref of references) {
    for (const date of extractDates(text, { referenceDate: ref })) {
      const what = `date (reference ${ref ?? 'none'}) ${date.text}`;
      problems.push(...schemaProblems(DateMentionSchema, date, what));
      check(date, what);
      if (date.value !== undefined && !TIMEML_VALUE.test(date.value)) problems.push(`${what}: value ${date.value} is not TimeML`);
      if (date.precision === 'day' && date.value && /^\d{4}-/.test(date.value) && !isCalendarDay(date.value.slice(0, 10))) {
        problems.push(`${what}: ${date.value} is not a calendar day`);
      }
      if (date.resolved !== (date.value !== undefined)) problems.push(`${what}: resolved is ${date.resolved} with value ${date.value}`);
    }
  }

  const figures = extractFigures(text);
  for (const figure of figures) {
    problems.push(...schemaProblems(FigureMentionSchema, figure, `figure ${figure.text}`));
    check(figure, 'figure');
    const { equivalentOf } = figure;
    if (equivalentOf && !figures.some((f) => f !== figure && f.start === equivalentOf.start && f.end === equivalentOf.end)) {
      problems.push(`figure ${figure.text}: equivalentOf [${equivalentOf.start}, ${equivalentOf.end}) is no other figure`);
    }
  }
  return problems;
}

/** Reference dates across the years the date grammar reads (1600–2099), month ends and leap days included. */
const referenceDate = fc
  .date({ min: new Date(Date.UTC(1600, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const holds = (text: string, ref: string): void => {
  expect(extractionProblems(text, ref)).toEqual([]);
};

describe('extractors on arbitrary text', () => {
  it('keep every promise on any unicode string', () => {
    fc.assert(fc.property(unicodeText(200), referenceDate, holds), { numRuns: RUNS.unicode });
  });

  it('keep every promise on news-like text full of names, dates, figures, markup and odd characters', () => {
    fc.assert(fc.property(newsyText(40), referenceDate, holds), { numRuns: RUNS.newsy });
  });
});

describe('extractors on mutated real articles', () => {
  it.skipIf(!hasCorpus)('keep every promise on mutated newswire corpus articles', () => {
    fc.assert(fc.property(mutatedArticle(corpusArticles(3), 6), referenceDate, ({ text }, ref) => holds(text, ref)), { numRuns: RUNS.corpus });
  });

  it('keep every promise on mutated newswire fixtures', () => {
    fc.assert(fc.property(mutatedArticle(newswireFixtures(), 6), referenceDate, ({ text }, ref) => holds(text, ref)), { numRuns: RUNS.fixtures });
  });

  it('keep every promise on mutated seed articles', () => {
    fc.assert(fc.property(mutatedArticle(seedArticles(), 6, 5_000), referenceDate, ({ text }, ref) => holds(text, ref)), { numRuns: RUNS.seeds });
  });
});
