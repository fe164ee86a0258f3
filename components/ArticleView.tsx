import type { Article } from '@/lib/schema/content';
import { renderBlocks } from '@/lib/render';
import { marksFor } from '@/lib/site/data';
import { ArticleIndex } from './ArticleIndex';
import { ArticleMeta } from './ArticleMeta';
import { ContentLink } from './ContentLink';
import { DerivedTitleNote } from './DerivedTitleNote';
import { ReaderComments } from './ReaderComments';
import { RemovedChrome } from './RemovedChrome';

export function ArticleView({ article }: { article: Article }) {
  return (
    <article className="article" aria-labelledby="article-title">
      <header className="article-header">
        <h1 id="article-title">{article.title}</h1>
        {article.titleDerived && <DerivedTitleNote />}
        <ArticleMeta article={article} />
      </header>
      <div className="article-body">{renderBlocks(article.blocks, { marks: marksFor(article.id), link: ContentLink })}</div>
      <ArticleIndex articleId={article.id} />
      <ReaderComments comments={article.comments} />
      <RemovedChrome article={article} />
    </article>
  );
}
