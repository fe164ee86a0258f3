import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ReaderComments } from '@/components/ReaderComments';
import { RemovedChrome } from '@/components/RemovedChrome';
import { loadArticleFile } from '@/lib/content';
import { renderBlocks } from '@/lib/render';
import type { ParsedArticle } from '@/lib/content';
import { wordsInOrder } from '../helpers/coverage';
import { articleFiles, CORPUS_DIR, hasCorpus, NEWSWIRE_FIXTURE_DIR, SEED_DIR } from '../helpers/paths';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#x27': "'", '#39': "'", nbsp: ' ' };

/** What a reader sees of rendered HTML: its text, and the link targets (for image lines). */
function visible(html: string): { text: string; hrefs: string } {
  const decode = (s: string) => s.replace(/&(#x27|#39|amp|lt|gt|quot|nbsp);/g, (_, e: string) => ENTITIES[e]!);
  const text = decode(html.replace(/<[^>]+>/g, ' '));
  const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => decode(m[1]!)).join(' ');
  return { text, hrefs };
}

/** The article page's text, as the page shows it: headline, body, reader comments, removed chrome. */
function pageText(article: ParsedArticle) {
  const html = renderToStaticMarkup(
    <>
      <h1>{article.title}</h1>
      {renderBlocks(article.blocks)}
      <ReaderComments comments={article.comments} />
      <RemovedChrome article={article} />
    </>,
  );
  return visible(html);
}

function unaccountedLines(file: string): string[] {
  const article = loadArticleFile(file);
  const { text, hrefs } = pageText(article);
  const lines = readFileSync(file, 'utf8').replace(/\r\n?/g, '\n').split('\n');
  return lines.flatMap((line, i) => {
    if (line.trim() === '') return [];
    // An image line shows its alt text and links its URL: the address is a link target, not text.
    const image = /^\s*!\[([^\]]*)\]\(([^)]*)\)\s*$/.exec(line);
    // A wire editor's note split off a headline ("1st LD: …") is listed as removed; the rest is the title.
    const note = article.chrome.find((c) => c.line === i + 1 && c.reason === 'editor-note' && line.trim().startsWith(c.text));
    const shown = image
      ? wordsInOrder(image[1]!, text) && wordsInOrder(image[2]!, hrefs)
      : note
        ? wordsInOrder(note.text, text) && wordsInOrder(line.trim().slice(note.text.length), text)
        : wordsInOrder(line, text);
    return shown ? [] : [`${file}:${i + 1}: ${line.slice(0, 80)}`];
  });
}

describe('nothing lost on the page', () => {
  it.each(articleFiles(SEED_DIR))('seed %s: every line is shown on its page or listed as removed chrome', (file) => {
    expect(unaccountedLines(join(SEED_DIR, file))).toEqual([]);
  });

  it.each(articleFiles(NEWSWIRE_FIXTURE_DIR))('newswire fixture %s: every line is shown on its page or listed as removed chrome', (file) => {
    expect(unaccountedLines(join(NEWSWIRE_FIXTURE_DIR, file))).toEqual([]);
  });

  it.skipIf(!hasCorpus)('100 corpus articles: every line is shown on its page or listed as removed chrome', () => {
    const files = readdirSync(CORPUS_DIR).sort().filter((_, i) => i % 9 === 4).slice(0, 100);
    expect(files).toHaveLength(100);
    expect(files.flatMap((f) => unaccountedLines(join(CORPUS_DIR, f)))).toEqual([]);
  });

  it('detects a line that is not shown', () => {
    const article = loadArticleFile(join(SEED_DIR, articleFiles(SEED_DIR)[0]!));
    const { text } = pageText({ ...article, comments: [] });
    expect(wordsInOrder('These talks could form the blueprint for a stronger', text)).toBe(false);
  });
});
