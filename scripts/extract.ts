/**
 * Prints the extraction of one article file as JSON, run over the article's body text as the
 * loader reads it (chrome and comments left out), each mention located by sentence anchor:
 *   npm run extract -- content/articles/001_a9e5fdd0589005b8.txt
 */
import { ArticleText } from '@/lib/analysis/article-text';
import { loadArticleFile } from '@/lib/content';
import { extractDates, extractEntities, extractFigures, inferReferenceDate } from '@/lib/extract';

const file = process.argv[2];
if (!file) {
  console.error('usage: npm run extract -- <article.txt|article.md>');
  process.exit(1);
}
const article = loadArticleFile(file);
const body = new ArticleText(article);
const { text } = body;
const inferred = inferReferenceDate(text);
const referenceDate = article.published?.value ?? inferred?.value;
const located = <T extends { start: number; end: number }>(mentions: T[]) =>
  mentions.map((m) => ({ ...m, anchor: body.locate(m.start, m.end)?.anchor }));
const result = {
  file,
  referenceDate: article.published ? { value: article.published.value, stated: article.published.from } : (inferred ?? null),
  entities: located(extractEntities(text)),
  dates: located(extractDates(text, { referenceDate })),
  figures: located(extractFigures(text)),
};
console.log(JSON.stringify(result, null, 2));
