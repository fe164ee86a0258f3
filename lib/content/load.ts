import { readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { Article } from '../schema/content';
import { decodeArticle } from './decode';
import { ContentError, ContentErrors } from './errors';
import { parseArticle, type ParsedArticle } from './parse';
import { sharedLinesOf } from './boilerplate';
import { assignSlugs, slugify } from './slug';
import { readSlugRegistry } from './slug-registry';

export const ARTICLE_EXTENSIONS = ['.txt', '.md'];

export interface LoadedContent {
  articles: Article[];
  /** Things handled but worth telling the author about, such as two articles with one title. */
  notices: string[];
}

/** Reads and decodes one article file; throws a ContentError naming the file on bad input. */
function readArticleFile(path: string, displayPath: string): string {
  const extension = extname(path);
  if (!ARTICLE_EXTENSIONS.includes(extension)) {
    throw new ContentError(displayPath, `unsupported file type '${extension || '(none)'}'; articles are .txt or .md`);
  }
  return decodeArticle(displayPath, readFileSync(path));
}

/** Parses one article file; throws a ContentError naming the file (and line) on bad input. */
export function loadArticleFile(path: string, displayPath = path): ParsedArticle {
  return parseArticle(displayPath, basename(path, extname(path)), readArticleFile(path, displayPath));
}

/**
 * Every article in `dir`, sorted by id, each validated against the Article schema. All broken
 * files are reported together in one ContentErrors; nothing is skipped silently. Slugs recorded
 * in the folder's `.slugs.json` are kept (./slug-registry).
 */
export function loadArticles(dir: string): LoadedContent {
  const names = readdirSync(dir)
    .filter((name) => !name.startsWith('.'))
    .sort();
  const errors: ContentError[] = [];
  const parsed: ParsedArticle[] = [];
  const seenIds = new Map<string, string>();

  // Lines the story's articles share are evidence of site furniture (./boilerplate): read all first.
  const texts = new Map<string, string>();
  for (const name of names) {
    try {
      texts.set(name, readArticleFile(join(dir, name), join(dir, name)));
    } catch (error) {
      if (error instanceof ContentError) errors.push(error);
      else throw error;
    }
  }
  const sharedLines = sharedLinesOf([...texts.values()]);
  for (const [name, text] of texts) {
    const displayPath = join(dir, name);
    try {
      const article = parseArticle(displayPath, basename(name, extname(name)), text, sharedLines);
      const clash = seenIds.get(article.id);
      if (clash) throw new ContentError(displayPath, `article id '${article.id}' is also used by ${clash}; rename one file`);
      seenIds.set(article.id, displayPath);
      parsed.push(article);
    } catch (error) {
      if (error instanceof ContentError) errors.push(error);
      else throw error;
    }
  }
  if (parsed.length === 0 && errors.length === 0) errors.push(new ContentError(dir, 'no articles found (.txt or .md)'));
  let recorded = new Map<string, string>();
  try {
    recorded = readSlugRegistry(dir);
  } catch (error) {
    if (error instanceof ContentError) errors.push(error);
    else throw error;
  }
  if (errors.length > 0) throw new ContentErrors(errors);

  const slugs = assignSlugs(parsed.map((a) => ({ id: a.id, base: slugify(a.title) })), recorded);
  const notices: string[] = [];
  const byBase = new Map<string, ParsedArticle[]>();
  for (const a of parsed) byBase.set(slugify(a.title), [...(byBase.get(slugify(a.title)) ?? []), a]);
  for (const [base, group] of byBase) {
    if (group.length > 1) {
      notices.push(`${group.map((a) => a.file).join(', ')} share the title slug '${base}'; ` +
        `their URLs are ${group.map((a) => `/articles/${slugs.get(a.id)}/`).join(', ')}`);
    }
  }

  const articles = parsed.map((article) => {
    const result = Article.safeParse({ ...article, slug: slugs.get(article.id) });
    if (!result.success) {
      const issue = result.error.issues[0]!;
      throw new ContentError(article.file, `invalid record at ${issue.path.join('.')}: ${issue.message}`);
    }
    return result.data;
  });
  return { articles, notices };
}
