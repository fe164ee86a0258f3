import type { Article, Block, BlockOf } from '../schema/content';
import { ContentError } from './errors';
import { splitFrontMatter } from './front-matter';
import { deriveHeadline } from './headline';
import { segmentArticle } from './segment';
import { bodyUnits } from './text-units';

export type ParsedArticle = Omit<Article, 'slug'>;

const WORDS_PER_MINUTE = 230;
/** A credit that names a website ("By Example.com") is the publisher, not an author. */
const DOMAIN = /^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}$/i;

const find = <T extends Block['type']>(blocks: Block[], type: T) =>
  blocks.find((b): b is BlockOf<T> => b.type === type);

function countWords(blocks: Block[]): number {
  const texts = [
    ...bodyUnits(blocks).map((unit) => unit.text),
    ...blocks.flatMap((b) => (b.type === 'heading' || b.type === 'headline' ? [b.text] : [])),
  ];
  return texts.reduce((n, text) => n + (text.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu)?.length ?? 0), 0);
}

/**
 * One article file's text to its record (all but the slug, which depends on the collection).
 * `file` is the path shown in errors; `id` is the file name without its extension;
 * `sharedLines` are the lines the story's articles share (sharedLinesOf in ./boilerplate).
 */
export function parseArticle(file: string, id: string, text: string, sharedLines?: ReadonlySet<string>): ParsedArticle {
  const { frontMatter, body, lineOffset } = splitFrontMatter(file, text, file.endsWith('.md'));
  if (body.trim() === '') throw new ContentError(file, 'article has no text after its front matter', lineOffset + 1);

  const { blocks, comments, chrome } = segmentArticle(body, lineOffset, sharedLines);
  const headline = find(blocks, 'headline')?.text;
  const title = frontMatter.title ?? headline ?? deriveHeadline(blocks);
  if (!title) throw new ContentError(file, 'article has no text to take a title from', lineOffset + 1);

  const dateline = find(blocks, 'dateline');
  const credit = find(blocks, 'byline')?.name;
  const creditIsSite = credit !== undefined && DOMAIN.test(credit);
  const source = frontMatter.source ?? dateline?.agency ?? (creditIsSite ? credit : undefined);
  const byline = frontMatter.author ?? (creditIsSite ? undefined : credit);
  const published = frontMatter.published
    ? { value: frontMatter.published, from: 'front-matter' as const }
    : dateline?.date
      ? { value: dateline.date, from: 'dateline' as const }
      : undefined;
  const wordCount = countWords(blocks);

  return {
    id,
    file,
    title,
    titleDerived: !frontMatter.title && !headline,
    ...(source && { source }),
    ...(byline && { byline }),
    ...(frontMatter.url && { url: frontMatter.url }),
    ...(published && { published }),
    wordCount,
    readingMinutes: Math.max(1, Math.ceil(wordCount / WORDS_PER_MINUTE)),
    blocks,
    comments,
    chrome,
  };
}
