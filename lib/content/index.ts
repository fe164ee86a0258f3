export { ContentError, ContentErrors } from './errors';
export { MAX_ARTICLE_BYTES } from './decode';
export { loadArticleFile, loadArticles, ARTICLE_EXTENSIONS, type LoadedContent } from './load';
export { parseArticle, type ParsedArticle } from './parse';
export { bodyUnits } from './text-units';
export { splitSentences } from './sentences';
export { readSlugRegistry, recordSlugs, SLUG_REGISTRY } from './slug-registry';
