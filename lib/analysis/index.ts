import type { Article } from '../schema/content';
import { StoryAnalysis, type AnalyzedArticle, type AnalyzedFact } from '../schema/story';
import { uniqueIds } from './ids';
import { agesOf } from './ages';
import { buildEntityIndex } from './entities';
import { withStoryCasedNames } from './cased-names';
import { extractArticle, extractArticleDates } from './extract-article';
import { buildFigureFacts } from './figure-facts';
import { buildOfficeFacts } from './offices';
import { publicationWindow, storyReferences } from './reference';
import { buildQuoteGroups } from './quotes';
import { buildRelations } from './relations';
import { buildTimeline } from './timeline';

/**
 * Fact ids are made from labels, and two labels can make one id ("Secretary-General of X" and
 * "Secretary General of X"): the first keeps it, later ones get a suffix from their first claim.
 */
function withUniqueIds(facts: AnalyzedFact[]): AnalyzedFact[] {
  const ids = uniqueIds(facts, (f) => f.id, (f) => `${f.kind}:${f.label}:${f.claims[0]!.article}#${f.claims[0]!.anchor}`);
  return facts.map((f, i) => (ids[i] === f.id ? f : { ...f, id: ids[i]! }));
}

const organizationsOf = (entities: { id: string; type: string }[]) => new Set(entities.filter((e) => e.type === 'organization').map((e) => e.id));

/**
 * The whole story from its articles: entity index, timeline, fact groups and article relations,
 * every item citing the sentences it came from. Deterministic: same articles, same result.
 */
export function analyzeStory(articles: Article[]): StoryAnalysis {
  const mentions = withStoryCasedNames(articles.map(extractArticle));
  const references = storyReferences(mentions);
  const referenceOf = new Map(articles.map((a, i) => [a.id, references[i]]));
  const dated = mentions.map((m, i) => ({ mentions: m, reference: references[i], dates: extractArticleDates(m, references[i]) }));

  const index = buildEntityIndex(mentions);
  const { idOfMention } = index;
  const ages = agesOf(mentions, idOfMention);
  const entities = index.entities.map((e) => (ages.has(e.id) ? { ...e, ages: ages.get(e.id)! } : e));
  const quote = (article: string, anchor: string) =>
    mentions.find((m) => m.article.id === article)!.text.sentence(anchor)!.text;
  const timeline = buildTimeline(dated, idOfMention);
  const facts = withUniqueIds([...buildOfficeFacts(entities, quote, (article) => referenceOf.get(article)), ...buildFigureFacts(dated, idOfMention, organizationsOf(entities))]);
  const relations = buildRelations(
    mentions.map((m) => m.text),
    mentions.map((m) => [
      ...m.entities.map((e) => `#entity:${idOfMention.get(`${e.at.article}#${e.at.unit}:${e.at.start}`)}`),
      ...m.figures.map((f) => `#figure:${f.value}:${f.unit ?? f.currency ?? f.kind}`),
    ]),
  );

  const storyArticles = articles.map((article, i): AnalyzedArticle => {
    const reference = references[i];
    const window = publicationWindow(dated[i]!.dates);
    const onlyHere = <T extends { id: string }>(items: T[], articlesOf: (item: T) => string[]) =>
      items.filter((item) => {
        const set = new Set(articlesOf(item));
        return set.size === 1 && set.has(article.id);
      }).map((item) => item.id);
    return {
      id: article.id,
      slug: article.slug,
      title: article.title,
      titleDerived: article.titleDerived,
      ...(article.source && { source: article.source }),
      ...(article.byline && { byline: article.byline }),
      ...(reference && {
        published: { value: reference.value, inferred: reference.inferred, ...(reference.evidence && { evidence: reference.evidence }), ...(window && { window }) },
      }),
      wordCount: article.wordCount,
      comments: article.comments.length,
      glossaryEntries: article.blocks.reduce((n, b) => n + (b.type === 'glossary' ? b.entries.length : 0), 0),
      takeaways: article.blocks.reduce((n, b) => n + (b.type === 'takeaways' ? b.items.length : 0), 0),
      uniqueEntities: onlyHere(entities, (e) => e.articles),
      uniqueFacts: onlyHere(facts, (f) => f.claims.map((c) => c.article)),
    };
  });

  const quotes = buildQuoteGroups(mentions, idOfMention, entities);
  return StoryAnalysis.parse({ articles: storyArticles, entities, timeline, facts, quotes, relations });
}
