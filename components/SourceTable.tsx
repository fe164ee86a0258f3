import type { ReactNode } from 'react';
import type { StoryArticle } from '@/lib/schema/story';
import { sourceName } from '@/lib/site/lookup';
import { SiteLink } from './SiteLink';

/** A labelled, focusable scrolling box for a wide table, so keyboard users can scroll it too. */
export function ScrollTable({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <section className="table-scroll" aria-label={label} tabIndex={0}>
      <table className={className}>{children}</table>
    </section>
  );
}

/** One column header per source, linking to the article. */
export function SourceHeaders({ sources }: { sources: StoryArticle[] }) {
  return sources.map((a) => (
    <th key={a.id} scope="col">
      <SiteLink href={a.url}>{sourceName(a)}</SiteLink>
    </th>
  ));
}

/** An empty cell that says so to screen readers, shown as a mark. */
export function Absent({ mark, label }: { mark: string; label: string }) {
  return (
    <span className="none">
      <span aria-hidden="true">{mark}</span>
      <span className="visually-hidden">{label}</span>
    </span>
  );
}

/** One row with a column per source: how each source gives a fact or a quote, side by side. */
export function SourceColumns({ label, sources, cell }: { label: string; sources: StoryArticle[]; cell: (article: StoryArticle) => ReactNode }) {
  return (
    <ScrollTable label={label} className="comparison">
      <thead>
        <tr>
          <SourceHeaders sources={sources} />
        </tr>
      </thead>
      <tbody>
        <tr>
          {sources.map((a) => (
            <td key={a.id} data-source={sourceName(a)}>
              {cell(a)}
            </td>
          ))}
        </tr>
      </tbody>
    </ScrollTable>
  );
}
