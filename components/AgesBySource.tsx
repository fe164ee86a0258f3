import { SiteLink } from './SiteLink';
import type { EntityAge } from '@/lib/schema/story';
import { articleOf, sourceName } from '@/lib/site/lookup';

/** A person's age as each source gives it, linked to the sentence. */
export function AgesBySource({ ages }: { ages: EntityAge[] }) {
  return (
    <section aria-labelledby="ages-title">
      <h2 id="ages-title">Age</h2>
      <ul className="inline-list">
        {ages.map((a) => (
          <li key={`${a.article}-${a.anchor}-${a.text}`}>
            {a.age} <span className="meta">(<SiteLink href={`${articleOf(a.article).url}#${a.anchor}`}>{sourceName(articleOf(a.article))}</SiteLink>)</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
