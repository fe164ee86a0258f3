import type { Metadata } from 'next';
import { SITE_NAME } from './config';
import { absoluteUrl } from './deploy';
import { routes } from './routes';

export const OG_IMAGE_SIZE = { width: 1200, height: 630 } as const;

export interface PageShare {
  /** The page's own title; the layout's template adds the site name to the document title. */
  title: string;
  /** True for the home page, whose title already names the site. */
  titleIsAbsolute?: boolean;
  description: string;
  /** Site-relative path of the page, e.g. routes.article(slug); omitted for pages that must not be indexed. */
  path?: string;
  /** Site-relative path of its 1200×630 share image and what it shows. */
  image: { path: string; alt: string };
  article?: { publishedTime?: string; authors?: string[] };
}

/**
 * Everything a page needs to look right when shared: canonical URL, Open Graph and Twitter card.
 * Next replaces (does not merge) a parent's openGraph/twitter/alternates, so each page gets the
 * complete set from here. URLs are absolute (SITE_URL + base path) so no resolver can misplace them.
 */
export function pageMetadata(page: PageShare): Metadata {
  const url = page.path === undefined ? undefined : absoluteUrl(page.path);
  const images = [{ url: absoluteUrl(page.image.path), alt: page.image.alt, ...OG_IMAGE_SIZE, type: 'image/png' }];
  return {
    title: page.titleIsAbsolute ? { absolute: page.title } : page.title,
    description: page.description,
    alternates: {
      ...(url && { canonical: url }),
      types: { 'application/rss+xml': [{ url: absoluteUrl(routes.feed()), title: `${SITE_NAME}: articles` }] },
    },
    openGraph: {
      siteName: SITE_NAME,
      locale: 'en_US',
      title: page.title,
      description: page.description,
      ...(url && { url }),
      images,
      ...(page.article
        ? { type: 'article', publishedTime: page.article.publishedTime, authors: page.article.authors }
        : { type: 'website' }),
    },
    twitter: { card: 'summary_large_image', title: page.title, description: page.description, images },
  };
}

/** Metadata for a page of the site as a whole (an index or a view), shared with the site's image. */
export function sitePageMetadata(title: string, description: string, path: string): Metadata {
  return pageMetadata({ title, description, path, image: { path: routes.ogImage.site(), alt: SITE_NAME } });
}
