/** Site-relative permalinks, in one place so every link and export agrees. */
export const routes = {
  home: () => '/',
  article: (slug: string) => `/articles/${slug}/`,
  paragraph: (slug: string, anchor: string) => `/articles/${slug}/#${anchor}`,
};
