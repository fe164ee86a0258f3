/**
 * Site-relative permalinks, in one place so every link and export agrees. They never include
 * the base path: next/link adds it to links, and `withBasePath`/`absoluteUrl` (./deploy) add it
 * to everything else.
 */
export const routes = {
  home: () => '/',
  article: (slug: string) => `/articles/${slug}/`,
  paragraph: (slug: string, anchor: string) => `/articles/${slug}/#${anchor}`,
  entities: () => '/entities/',
  entity: (slug: string) => `/entities/${slug}/`,
  timeline: () => '/timeline/',
  event: (id: string) => `/timeline/#${id}`,
  timelineOfArticle: (slug: string) => `/timeline/article/${slug}/`,
  timelineOfEntity: (slug: string) => `/timeline/entity/${slug}/`,
  facts: () => '/facts/',
  fact: (id: string) => `/facts/${id}/`,
  quotes: () => '/quotes/',
  quote: (id: string) => `/quotes/${id}/`,
  search: () => '/search/',
  storyJson: () => '/data/story.json',
  searchIndex: () => '/data/search-index.json',
  feed: () => '/feed.xml',
  sitemap: () => '/sitemap.xml',
  notFound: () => '/404.html',
  /** Share images: a real .png file per page, so every static host sends the right type. */
  ogImage: {
    site: () => '/og/site.png',
    article: (slug: string) => `/og/articles/${slug}.png`,
    entity: (slug: string) => `/og/entities/${slug}.png`,
    fact: (id: string) => `/og/facts/${id}.png`,
    quote: (id: string) => `/og/quotes/${id}.png`,
  },
};
