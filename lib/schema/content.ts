import { z } from 'zod';

/** A 1-based range of source lines, inclusive, so every block can be traced back to its file. */
export const LineRange = z
  .object({ line: z.number().int().positive(), endLine: z.number().int().positive() })
  .refine((r) => r.endLine >= r.line, 'endLine must not precede line');
export type LineRange = z.infer<typeof LineRange>;

/** A sentence inside a text unit; offsets are UTF-16 positions into the unit's text. */
export const Sentence = z.object({
  anchor: z.string().regex(/^[pc]\d+-s\d+$/),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  text: z.string().min(1),
});
export type Sentence = z.infer<typeof Sentence>;

/**
 * The smallest citable piece of text: a paragraph, a list item, a table cell, a glossary
 * definition or a comment. Anchors are positional (`p4`, comments `c2`) so permalinks are stable.
 */
export const TextUnit = z.object({
  anchor: z.string().regex(/^[pc]\d+$/),
  text: z.string().min(1),
  sentences: z.array(Sentence).min(1),
});
export type TextUnit = z.infer<typeof TextUnit>;

const block = <T extends z.ZodRawShape>(shape: T) =>
  z.object({ ...shape, line: z.number().int().positive(), endLine: z.number().int().positive() });

export const HeadlineBlock = block({ type: z.literal('headline'), text: z.string().min(1) });
export const HeadingBlock = block({
  type: z.literal('heading'),
  level: z.number().int().min(2).max(6),
  anchor: z.string().regex(/^h\d+$/),
  text: z.string().min(1),
});
export const ParagraphBlock = block({ type: z.literal('paragraph'), unit: TextUnit });
export const ListBlock = block({
  type: z.literal('list'),
  ordered: z.boolean(),
  /** The number of the first item of an ordered list; items count up from it. */
  start: z.number().int().nonnegative().optional(),
  items: z.array(TextUnit).min(1),
});
export const TakeawaysBlock = block({
  type: z.literal('takeaways'),
  label: z.string().min(1),
  items: z.array(TextUnit).min(1),
});
export const RelatedBlock = block({
  type: z.literal('related'),
  label: z.string().min(1),
  links: z.array(z.object({ text: z.string().min(1), href: z.string().optional() })).min(1),
});
export const GlossaryBlock = block({
  type: z.literal('glossary'),
  label: z.string().optional(),
  entries: z.array(z.object({ term: z.string().min(1), definition: TextUnit })).min(1),
});
export const SummaryBlock = block({
  type: z.literal('summary'),
  label: z.string().min(1),
  heading: z.string().optional(),
  paragraphs: z.array(TextUnit).min(1),
});
export const TableBlock = block({
  type: z.literal('table'),
  align: z.array(z.enum(['left', 'right', 'center']).nullable()),
  header: z.array(z.string()),
  rows: z.array(z.array(TextUnit.nullable())),
});
export const FigureBlock = block({
  type: z.literal('figure'),
  alt: z.string(),
  src: z.string(),
});
export const BylineBlock = block({
  type: z.literal('byline'),
  text: z.string().min(1),
  name: z.string().min(1),
});
export const DatelineBlock = block({
  type: z.literal('dateline'),
  text: z.string().min(1),
  /** Absent for a lead that gives only a date or an agency ("April 29 (UPI) —"). */
  place: z.string().min(1).optional(),
  date: z.string().optional(),
  agency: z.string().optional(),
});

export const Block = z.discriminatedUnion('type', [
  HeadlineBlock,
  HeadingBlock,
  ParagraphBlock,
  ListBlock,
  TakeawaysBlock,
  RelatedBlock,
  GlossaryBlock,
  SummaryBlock,
  TableBlock,
  FigureBlock,
  BylineBlock,
  DatelineBlock,
]);
export type Block = z.infer<typeof Block>;
export type BlockType = Block['type'];
export type BlockOf<T extends BlockType> = Extract<Block, { type: T }>;

/** A reader comment: kept apart from the article body, never analysed as news. */
export const Comment = z.object({
  author: z.string().min(1),
  unit: TextUnit,
  line: z.number().int().positive(),
  endLine: z.number().int().positive(),
});
export type Comment = z.infer<typeof Comment>;

export const ChromeReason = z.enum([
  'breadcrumb',
  'repeated-headline',
  'comment-prompt',
  'comment-count',
  'share-prompt',
  'separator',
  'editor-note',
  'headline-fragment',
  'photo-caption',
  'gallery-counter',
  'copyright',
  'contact-prompt',
  'reader-prompt',
  'link-list',
  'video-player',
  'contributor-note',
  'repeated-line',
  'boilerplate',
]);

/** A source line recognised as site furniture: removed from the page, but recorded. */
export const Chrome = z.object({
  line: z.number().int().positive(),
  text: z.string(),
  reason: ChromeReason,
});
export type Chrome = z.infer<typeof Chrome>;

export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');

/** What a `.md` file's front matter may say: metadata only, never extraction results. */
export const FrontMatter = z.strictObject({
  title: z.string().trim().min(1).optional(),
  source: z.string().trim().min(1).optional(),
  url: z.url({ protocol: /^https?$/ }).optional(),
  published: IsoDate.optional(),
  author: z.string().trim().min(1).optional(),
});
export type FrontMatter = z.infer<typeof FrontMatter>;

export const Article = z.object({
  id: z.string().min(1),
  file: z.string().min(1),
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  title: z.string().min(1),
  titleDerived: z.boolean(),
  source: z.string().optional(),
  byline: z.string().optional(),
  url: z.string().optional(),
  published: z.object({ value: IsoDate, from: z.enum(['front-matter', 'dateline']) }).optional(),
  wordCount: z.number().int().nonnegative(),
  readingMinutes: z.number().int().positive(),
  blocks: z.array(Block),
  comments: z.array(Comment),
  chrome: z.array(Chrome),
});
export type Article = z.infer<typeof Article>;
