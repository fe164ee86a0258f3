import type { Article, Chrome } from '@/lib/schema/content';

const REASONS: Record<Chrome['reason'], string> = {
  breadcrumb: 'site navigation',
  'repeated-headline': 'headline repeated',
  'comment-prompt': 'comment prompt',
  'comment-count': 'comment counter',
  'share-prompt': 'sharing prompt',
  separator: 'separator line',
  'editor-note': "wire editor's note",
  'headline-fragment': 'end of a wire headline whose start was lost',
  'photo-caption': 'photo or chart caption, or credit',
  'gallery-counter': 'gallery counter',
  copyright: 'copyright notice',
  'contact-prompt': 'request to contact the site',
  'reader-prompt': 'box addressed to the reader (sign-up form, prompts)',
  'link-list': 'list of links to other stories',
  'video-player': 'video player',
  'contributor-note': 'note on who contributed',
  'repeated-line': 'line repeated, not a sentence (site furniture)',
  boilerplate: 'text among site furniture, not a sentence',
};

/** Transparency: the lines of the source we did not show as article text, and why. */
export function RemovedChrome({ article }: { article: Pick<Article, 'chrome'> }) {
  if (article.chrome.length === 0) return null;
  return (
    <details className="removed">
      <summary>
        {article.chrome.length} line{article.chrome.length === 1 ? '' : 's'} of website furniture removed from the source
      </summary>
      <ul>
        {article.chrome.map((c) => (
          <li key={c.line}>
            Line {c.line} ({REASONS[c.reason]}): <q>{c.text}</q>
          </li>
        ))}
      </ul>
    </details>
  );
}
