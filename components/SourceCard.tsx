import { SiteLink } from './SiteLink';
import type { Article } from '@/lib/schema/content';
import type { StoryArticle } from '@/lib/schema/story';
import { articleExcerpt } from '@/lib/site/excerpt';
import { formatDateValue } from '@/lib/calendar';
import { siteData } from '@/lib/site/data';
import { routes } from '@/lib/site/routes';
import { ArticleMeta } from './ArticleMeta';
import { DerivedTitleNote } from './DerivedTitleNote';

const UNIQUE_NAMES_SHOWN = 4;

/** When the article was written: stated, or inferred with its evidence and window. */
function PublicationLine({ story }: { story: StoryArticle }) {
  const published = story.published;
  if (!published?.inferred) return null;
  const { after, before } = published.window ?? {};
  return (
    <p className="meta">
      Date not given; about {formatDateValue(published.value)} <span className="badge badge-inferred">inferred</span> ({published.evidence}
      {after && `; after ${formatDateValue(after)}`}
      {before && `; before ${formatDateValue(before)}`})
    </p>
  );
}

/** What only this source reports: names and facts no other article has. */
function UniqueLine({ story }: { story: StoryArticle }) {
  const { entities, facts } = siteData();
  const names = story.uniqueEntities.slice(0, UNIQUE_NAMES_SHOWN).map((id) => entities.get(id)!);
  if (story.uniqueEntities.length === 0 && story.uniqueFacts.length === 0) return <p className="meta">Nothing here that the other sources lack.</p>;
  return (
    <p className="meta">
      Only here: {story.uniqueFacts.length} fact{story.uniqueFacts.length === 1 ? '' : 's'}
      {story.uniqueFacts.length > 0 && <> (e.g. <SiteLink href={facts.get(story.uniqueFacts[0]!)!.url}>{facts.get(story.uniqueFacts[0]!)!.label}</SiteLink>)</>},{' '}
      {story.uniqueEntities.length} name{story.uniqueEntities.length === 1 ? '' : 's'}
      {names.length > 0 && ': '}
      {names.map((e, i) => (
        <span key={e.id}>
          {i > 0 && ', '}
          <SiteLink href={e.url}>{e.name}</SiteLink>
        </span>
      ))}
      {story.uniqueEntities.length > names.length && '…'}
    </p>
  );
}

/** A source of the story: its headline, who and when, length, and what is unique to it. */
export function SourceCard({ article, story }: { article: Article; story: StoryArticle }) {
  return (
    <article className="card">
      <h3 className="card-title">
        <SiteLink href={routes.article(article.slug)}>{article.title}</SiteLink>
      </h3>
      {article.titleDerived && <DerivedTitleNote />}
      <ArticleMeta article={article} />
      <PublicationLine story={story} />
      <p className="card-excerpt">{articleExcerpt(article)}</p>
      <UniqueLine story={story} />
    </article>
  );
}
