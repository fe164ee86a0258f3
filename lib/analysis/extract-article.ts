import { z } from 'zod';
import {
  DateMentionSchema, EntityMentionSchema, extractDates, extractEntities, extractFigures, extractQuotes, FigureMentionSchema, inferReferenceDate, QuoteMentionSchema,
  type DateMention, type EntityMention, type FigureMention, type QuoteMention,
} from '../extract';
import type { Article } from '../schema/content';
import type { Located } from '../schema/story';
import { ArticleText } from './article-text';
import { cached } from './extraction-cache';

export type At<T> = T & { at: Located };

export interface Reference {
  value: string;
  inferred: boolean;
  evidence?: string;
  /** Taken from the other articles of the story: the article itself gives no date. */
  borrowed?: boolean;
}

/** One article's mentions, each located in a unit and sentence. Built once per article. */
export interface ArticleMentions {
  article: Article;
  text: ArticleText;
  entities: At<EntityMention>[];
  figures: At<FigureMention>[];
  /** Quotes keep text offsets: a quote of several sentences is located by its start (lib/analysis/quotes). */
  quotes: QuoteMention[];
}

function locateAll<T extends { start: number; end: number }>(text: ArticleText, mentions: T[]): At<T>[] {
  return mentions.flatMap((m) => {
    const at = text.locate(m.start, m.end);
    return at ? [{ ...m, at }] : [];
  });
}

/** Entities and figures do not depend on the date, so they are extracted once, up front. */
export function extractArticle(article: Article): ArticleMentions {
  const text = new ArticleText(article);
  const entities = cached('entities', [text.text], z.array(EntityMentionSchema), () => extractEntities(text.text));
  return {
    article,
    text,
    entities: locateAll(text, entities),
    quotes: cached('quotes', [text.text], z.array(QuoteMentionSchema), () => extractQuotes(text.text, entities)),
    figures: locateAll(text, cached('figures', [text.text], z.array(FigureMentionSchema), () => extractFigures(text.text))),
  };
}

/** The article's own reference date: stated (front matter, dateline) or inferred from its text. */
export function ownReference(mentions: ArticleMentions): Reference | undefined {
  const stated = mentions.article.published;
  if (stated) return { value: stated.value, inferred: false, evidence: `stated in the ${stated.from}` };
  const inferred = inferReferenceDate(mentions.text.text);
  return inferred && { value: inferred.value, inferred: true, evidence: `latest full date in the text: “${inferred.evidence}”` };
}

export function extractArticleDates(mentions: ArticleMentions, reference: Reference | undefined): At<DateMention>[] {
  const { text } = mentions.text;
  const approximate = reference?.borrowed === true;
  return locateAll(
    mentions.text,
    cached('dates', [text, reference?.value ?? '', approximate ? 'approximate' : ''], z.array(DateMentionSchema), () =>
      extractDates(text, { referenceDate: reference?.value, referenceApproximate: approximate }),
    ),
  );
}
