import { SiteLink } from './SiteLink';
import type { Citation } from '@/lib/schema/story';
import { articleOf, citationUrl, sourceName } from '@/lib/site/lookup';

/**
 * A quoted sentence with its source, linking to the exact sentence in the article.
 * `highlight` marks the words the citation is about (a figure, a date, a name).
 */
export function CitationQuote({ citation, highlight }: { citation: Citation; highlight?: string }) {
  const article = articleOf(citation.article);
  const at = highlight ? citation.quote.indexOf(highlight) : -1;
  return (
    <figure className="citation">
      <blockquote cite={citationUrl(citation)}>
        {at === -1 ? (
          citation.quote
        ) : (
          <>
            {citation.quote.slice(0, at)}
            <mark>{highlight}</mark>
            {citation.quote.slice(at + highlight!.length)}
          </>
        )}
      </blockquote>
      <figcaption>
        <SiteLink href={citationUrl(citation)}>
          {sourceName(article)}, {citation.anchor.replace(/^p(\d+)-s(\d+)$/, '¶$1, sentence $2')}
        </SiteLink>
      </figcaption>
    </figure>
  );
}
