import type { Comment } from '@/lib/schema/content';
import { renderUnitText } from '@/lib/render';

/** Reader comments, visibly apart from the reporting: they are opinions, not sources. */
export function ReaderComments({ comments }: { comments: Comment[] }) {
  if (comments.length === 0) return null;
  return (
    <section className="comments" aria-labelledby="comments-title">
      <h2 id="comments-title">
        Reader comments <span className="count">({comments.length})</span>
      </h2>
      <p className="comments-note">Posted by readers of the original page; not part of the article.</p>
      <ol className="comment-list">
        {comments.map((comment) => (
          <li key={comment.unit.anchor} id={comment.unit.anchor} className="comment">
            <p className="comment-author">{comment.author}</p>
            <p className="comment-text">{renderUnitText(comment.unit)}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
