import type { Article } from '@/lib/schema/content';
import { formatDateValue } from '@/lib/calendar';

/** Source, byline, date and length, in one line; only what the article actually says. */
export function ArticleMeta({ article }: { article: Article }) {
  const parts: React.ReactNode[] = [];
  if (article.source) parts.push(<span key="source" className="meta-source">{article.source}</span>);
  if (article.byline) parts.push(<span key="byline">By {article.byline}</span>);
  if (article.published) {
    parts.push(
      <time key="date" dateTime={article.published.value}>
        {formatDateValue(article.published.value)}
      </time>,
    );
  }
  parts.push(
    <span key="length">
      {article.wordCount.toLocaleString('en-US')} words · {article.readingMinutes} min read
    </span>,
  );
  return <p className="article-meta">{parts.flatMap((part, i) => (i === 0 ? [part] : [<span key={`sep${i}`} aria-hidden="true"> · </span>, part]))}</p>;
}
