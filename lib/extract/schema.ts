import { z } from 'zod';

/**
 * The single source of the extraction types. Every mention carries UTF-16
 * offsets into the input (end exclusive) so that text.slice(start, end) === text.
 */
const span = {
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
};

export const SpanSchema = z.object(span);

export const EntityTypeSchema = z.enum(['person', 'organization', 'place', 'law', 'agreement', 'other']);

/**
 * A role the text gives a person. `title` is the office without its holder's
 * country or organisation ("President", "Commerce Secretary"); `of` is the
 * canonical name of that country/organisation/place when the text says it
 * ("Mexican President" → of "Mexico", "Bank of Canada Governor" → of "Bank of Canada").
 * The span covers the whole role phrase as written.
 */
export const RoleSchema = z.object({
  ...span,
  title: z.string(),
  of: z.string().optional(),
  status: z.enum(['former', 'acting', 'interim', 'nominee', 'elect', 'designate']).optional(),
  source: z.enum(['title', 'appositive']),
});

export const EntityMentionSchema = z.object({
  ...span,
  type: EntityTypeSchema,
  /** Full name all aliases of this entity resolve to within the text. */
  canonical: z.string(),
  /** Stable within one call: mentions of the same entity share it ("e1", "e2"…). */
  entityId: z.string(),
  /** Nothing in the text confirmed the type: a guess from the name's shape ("Boko Haram" as a person's name). */
  guessed: z.literal(true).optional(),
  role: RoleSchema.optional(),
});

/** Precision of a date value; 'reference' marks PRESENT_REF / PAST_REF / FUTURE_REF. */
export const DatePrecisionSchema = z.enum(['day', 'week', 'month', 'season', 'quarter', 'year', 'decade', 'century', 'reference']);

export const DateMentionSchema = z.object({
  ...span,
  /**
   * TimeML-style value: 'YYYY', 'YYYY-MM', 'YYYY-MM-DD', 'YYYY-Www', 'YYYY-Qn',
   * 'YYYY-SU' (season), 'YYY' (decade), 'YY' (century), an optional part of day
   * ('1997-04-01TMO'), or 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF'.
   * Absent when the expression needs a reference date (or an anchor) that is not known.
   */
  value: z.string().optional(),
  precision: DatePrecisionSchema,
  /** 'absolute': fully specified; 'partial': calendar fields missing (e.g. the year); 'relative': deictic ("last year", "Tuesday"). */
  kind: z.enum(['absolute', 'partial', 'relative']),
  /** True when the value depends on the reference date. */
  relative: z.boolean(),
  resolved: z.boolean(),
  /** The sentence speaks about the future (will, next, upcoming, scheduled…). */
  future: z.boolean(),
  /** TimeML mod for "early/mid/late" and "the start/end of". */
  modifier: z.enum(['START', 'MID', 'END']).optional(),
  fiscal: z.boolean().optional(),
});

export const FigureKindSchema = z.enum(['percent', 'money', 'count', 'duration', 'vague']);

export const FigureMentionSchema = z.object({
  ...span,
  kind: FigureKindSchema,
  /** The number itself (for 'vague', the lower bound the word implies: "thousands" → 1000). */
  value: z.number(),
  /** Upper end of a range ("58 to 60 planes"). */
  max: z.number().optional(),
  /** Measurement units are canonical singular ("pound", "day"); count nouns are the head noun as written ("troops"). */
  unit: z.string().optional(),
  /** ISO 4217 code for money. */
  currency: z.string().optional(),
  /** "over", "more than" → lower; "up to", "under" → upper. The span excludes the qualifier. */
  bound: z.enum(['lower', 'upper']).optional(),
  approximate: z.boolean(),
  /** The noun phrase the number measures ("tariffs", "exports", "National Guard troops"). */
  measure: z.string().optional(),
  /** What happened to what is counted, as its clause says: "32 miners were killed" → kill. */
  predicate: z.object({ lemma: z.string().min(1), pos: z.enum(['verb', 'adj']), via: z.enum(['state', 'object', 'subject']) }).optional(),
  /** A restatement in another currency or unit points at the figure it restates: "C$2 billion ($1.5 billion)". */
  equivalentOf: z.object({ start: z.number().int(), end: z.number().int() }).optional(),
});

export const ReferenceDateSchema = z.object({
  ...span,
  /** YYYY-MM-DD */
  value: z.string(),
  /** Always inferred: from a dateline, else from the latest explicit full date in the text. */
  source: z.enum(['dateline', 'latest-date']),
  /** The line or phrase the date was read from. */
  evidence: z.string(),
});

export type Span = z.infer<typeof SpanSchema>;
export type EntityType = z.infer<typeof EntityTypeSchema>;
export type Role = z.infer<typeof RoleSchema>;
export type EntityMention = z.infer<typeof EntityMentionSchema>;
export type DatePrecision = z.infer<typeof DatePrecisionSchema>;
export type DateMention = z.infer<typeof DateMentionSchema>;
export type FigureKind = z.infer<typeof FigureKindSchema>;
export type FigureMention = z.infer<typeof FigureMentionSchema>;
export type ReferenceDate = z.infer<typeof ReferenceDateSchema>;

/**
 * Something a source is reported to have said. `start`/`end` cover the quoted words (direct,
 * partial) or the reported clause (indirect). Parts of one quote split by "he said" or run
 * over several paragraphs share a `quoteId`. The speaker is absent when the text does not say.
 */
export const QuoteMentionSchema = z.object({
  ...span,
  kind: z.enum(['direct', 'partial', 'indirect']),
  quoteId: z.string(),
  /** The verb of saying as written ("said", "told", "according to"), with its lemma. */
  cue: z.object({ ...span, lemma: z.string() }).optional(),
  speaker: z
    .object({
      ...span,
      /** How the text names the speaker: by name, by pronoun, or by description ("the ministry"). */
      via: z.enum(['name', 'pronoun', 'description']),
      /** The entity mention the speaker resolves to (a pronoun's antecedent, the name in a description). */
      mention: z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }).optional(),
    })
    .optional(),
});
export type QuoteMention = z.infer<typeof QuoteMentionSchema>;
