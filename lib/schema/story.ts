import { z } from 'zod';
import { IsoDate } from './content';

/**
 * The public JSON export (`/data/story.json`) and what pages are built from: the story analysis
 * (`StoryAnalysis`, made by lib/analysis, which knows no URLs) with each item's permalink added
 * by lib/site. One schema for both, so what analysts download is exactly what pages show.
 */

const Id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
const ArticleId = z.string().min(1);
/** A sentence anchor inside an article, e.g. `p4-s2`. */
const SentenceAnchor = z.string().regex(/^p\d+-s\d+$/);
/** Site-relative permalink. */
const Url = z.string().startsWith('/');

/** Where a claim comes from: the article, the sentence, and the sentence's words. */
export const Citation = z.object({ article: ArticleId, anchor: SentenceAnchor, quote: z.string().min(1) });
export type Citation = z.infer<typeof Citation>;

/** Where in its text unit the cited date or figure stands, so pages can mark and link it. */
const Span = z.object({
  unit: z.string().regex(/^p\d+$/),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
});

/** A span inside one text unit of an article: the unit's anchor and offsets into its text. */
export const Located = z.object({
  article: ArticleId,
  unit: z.string().regex(/^p\d+$/),
  anchor: SentenceAnchor,
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  text: z.string().min(1),
});
export type Located = z.infer<typeof Located>;

export const Published = z.object({
  /** YYYY-MM-DD: stated by the article (front matter, dateline), or inferred. */
  value: IsoDate,
  inferred: z.boolean(),
  /** How an inferred date was found: the phrase or the articles it came from. */
  evidence: z.string().optional(),
  /** The publication window the article's own dates allow: after its latest past date, before its earliest future one. */
  window: z.object({ after: z.string().optional(), before: z.string().optional() }).optional(),
});
export type Published = z.infer<typeof Published>;

export const StoryArticle = z.object({
  id: ArticleId,
  slug: Id,
  url: Url,
  title: z.string().min(1),
  titleDerived: z.boolean(),
  source: z.string().optional(),
  byline: z.string().optional(),
  published: Published.optional(),
  wordCount: z.number().int().nonnegative(),
  comments: z.number().int().nonnegative(),
  glossaryEntries: z.number().int().nonnegative(),
  takeaways: z.number().int().nonnegative(),
  /** Entities and fact groups no other article of the story has. */
  uniqueEntities: z.array(Id),
  uniqueFacts: z.array(Id),
});
export type StoryArticle = z.infer<typeof StoryArticle>;

export const EntityType = z.enum(['person', 'organization', 'place', 'law', 'agreement', 'other']);

export const EntityRole = z.object({
  article: ArticleId,
  /** As the article gives it: "President of Mexico", "former Governor of Bank of Canada". */
  role: z.string().min(1),
  title: z.string().min(1),
  of: z.string().optional(),
  status: z.string().optional(),
  anchor: SentenceAnchor,
});
export type EntityRole = z.infer<typeof EntityRole>;

/** A person's age as an article gives it ("Ana Ruiz, 23"): it belongs to the person, not to a fact. */
export const EntityAge = z.object({ article: ArticleId, age: z.number().int().positive(), text: z.string().min(1), anchor: SentenceAnchor });
export type EntityAge = z.infer<typeof EntityAge>;

export const Entity = z.object({
  id: Id,
  slug: Id,
  url: Url,
  name: z.string().min(1),
  type: EntityType,
  aliases: z.array(z.string()),
  articles: z.array(ArticleId),
  mentionCounts: z.record(z.string(), z.number().int().positive()),
  mentions: z.array(Located),
  roles: z.array(EntityRole).optional(),
  roleConflict: z.boolean().optional(),
  cooccurs: z.array(z.object({ entity: Id, sentences: z.number().int().positive() })),
  ages: z.array(EntityAge).optional(),
  /** Articles datelined here ("HANOI, Nov. 12 (Xinhua)"): they name the place, though not in a sentence. */
  datelines: z.array(z.object({ article: ArticleId, text: z.string().min(1) })).optional(),
  /** Articles whose headline names it ("… WTO deal in Vietnam"), though no sentence does. */
  headlines: z.array(z.object({ article: ArticleId, text: z.string().min(1) })).optional(),
});
export type Entity = z.infer<typeof Entity>;

export const Precision = z.enum(['day', 'week', 'month', 'quarter', 'season', 'year', 'decade', 'century']);

export const TimelineEvent = z.object({
  id: Id,
  url: Url,
  date: z.object({ value: z.string().min(3), precision: Precision, inferred: z.boolean() }),
  /** The date lay in the future when the (first) article reporting it was written. */
  future: z.boolean(),
  summary: z.string().min(1),
  entities: z.array(Id),
  sources: z.array(Citation.extend({ dateText: z.string().min(1), span: Span })).min(1),
});
export type TimelineEvent = z.infer<typeof TimelineEvent>;

export const FactStatus = z.enum(['agree', 'differ', 'approximate', 'changed', 'single']);
export type FactStatus = z.infer<typeof FactStatus>;

export const FactClaim = Citation.extend({
  /** The figure or holder as written ("10,000", "thousands", "Jane Doe"). */
  text: z.string().min(1),
  value: z.number().optional(),
  unit: z.string().optional(),
  currency: z.string().optional(),
  approximate: z.boolean().optional(),
  bound: z.enum(['lower', 'upper']).optional(),
  /** For office facts: the entity named as holder. */
  entity: Id.optional(),
  /** For figure facts: where the figure stands in its unit. */
  span: Span.optional(),
});
export type FactClaim = z.infer<typeof FactClaim>;

export const FactGroup = z.object({
  id: Id,
  url: Url,
  label: z.string().min(1),
  kind: z.enum(['figure', 'office']),
  status: FactStatus,
  claims: z.array(FactClaim).min(1),
});
export type FactGroup = z.infer<typeof FactGroup>;

export const Relation = z.object({
  a: ArticleId,
  b: ArticleId,
  similarity: z.number().min(0).max(1),
  rewrite: z.boolean(),
});
export type Relation = z.infer<typeof Relation>;

export const QuoteKind = z.enum(['direct', 'partial', 'indirect']);
export type QuoteKind = z.infer<typeof QuoteKind>;

/** Who a source says spoke: the story's entity when the text names one, else its words ("the ministry"). */
export const QuoteSpeaker = z.object({ name: z.string().min(1), entity: Id.optional() });
export type QuoteSpeaker = z.infer<typeof QuoteSpeaker>;

/** One source's report of a quote: its words, where they stand, the verb and the speaker it gives. */
export const QuoteSource = Citation.extend({
  /** The quoted words (direct, partial) or the reported clause (indirect), as this source writes them. */
  text: z.string().min(1),
  kind: QuoteKind,
  /** The verb of saying as written: "said", "told", "according to", and where it stands. */
  cue: z.string().optional(),
  cueSpan: Span.optional(),
  /** Absent when the source does not say who spoke. */
  speaker: QuoteSpeaker.optional(),
  /** Parts of one quote that the source splits ("…,” he said, “…”) or runs over paragraphs share this. */
  part: z.string().optional(),
  span: Span,
});
export type QuoteSource = z.infer<typeof QuoteSource>;

/**
 * 'worded-differently': sources give the same speaker different words; 'attributed-differently':
 * they name different speakers; 'agree': the same words from the same speaker; 'single': one source.
 */
export const QuoteStatus = z.enum(['agree', 'worded-differently', 'attributed-differently', 'single']);
export type QuoteStatus = z.infer<typeof QuoteStatus>;

/** Something said, as every source that reports it words and attributes it. */
export const QuoteGroup = z.object({
  id: Id,
  url: Url,
  /** The speaker most sources give; absent when none does. */
  speaker: QuoteSpeaker.optional(),
  kind: QuoteKind,
  /** The words of the first source, to title the group. */
  text: z.string().min(1),
  status: QuoteStatus,
  sources: z.array(QuoteSource).min(1),
});
export type QuoteGroup = z.infer<typeof QuoteGroup>;

export const Story = z.object({
  articles: z.array(StoryArticle),
  entities: z.array(Entity),
  timeline: z.array(TimelineEvent),
  facts: z.array(FactGroup),
  quotes: z.array(QuoteGroup),
  relations: z.array(Relation),
});
export type Story = z.infer<typeof Story>;

/** What lib/analysis produces: the story without permalinks (lib/site adds them). */
export const StoryAnalysis = z.object({
  articles: z.array(StoryArticle.omit({ url: true })),
  entities: z.array(Entity.omit({ url: true })),
  timeline: z.array(TimelineEvent.omit({ url: true })),
  facts: z.array(FactGroup.omit({ url: true })),
  quotes: z.array(QuoteGroup.omit({ url: true })),
  relations: z.array(Relation),
});
export type StoryAnalysis = z.infer<typeof StoryAnalysis>;
export type AnalyzedArticle = StoryAnalysis['articles'][number];
export type AnalyzedEntity = StoryAnalysis['entities'][number];
export type AnalyzedEvent = StoryAnalysis['timeline'][number];
export type AnalyzedFact = StoryAnalysis['facts'][number];
export type AnalyzedQuote = StoryAnalysis['quotes'][number];
