/**
 * Site-relative permalinks, in one place so every link and export agrees. They never include
 * the base path: next/link adds it to links, and `withBasePath`/`absoluteUrl` (./deploy) add it
 * to everything else.
 */
export const routes = {
  home: () => '/',
  article: (slug: string) => `/articles/${slug}/`,
  paragraph: (slug: string, anchor: string) => `/articles/${slug}/#${anchor}`,
  feed: () => '/feed.xml',
  sitemap: () => '/sitemap.xml',
  notFound: () => '/404.html',
  /** Share images: a real .png file per page, so every static host sends the right type. */
  ogImage: {
    site: () => '/og/site.png',
    article: (slug: string) => `/og/articles/${slug}.png`,
  },
};
