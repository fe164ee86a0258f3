/**
 * Where the exported site will live, fixed at build time from the environment:
 * - SITE_URL: the origin absolute URLs are built from (canonical, Open Graph, feed, sitemap),
 *   e.g. https://example.org. Default http://localhost:3000, where `npm start` serves.
 * - BASE_PATH: the sub-path the site is served under, e.g. /news (GitHub project pages); empty
 *   for the domain root. It becomes Next's basePath, so every link and asset carries it.
 * No Node APIs here: next.config.ts and pages both read it.
 */

export const DEFAULT_SITE_URL = 'http://localhost:3000';

/** "/news/" → "/news", "" or "/" → ""; anything that is not a plain path is a build error. */
export function normalizeBasePath(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim().replace(/\/+$/, '');
  if (trimmed === '') return '';
  if (!/^(\/[A-Za-z0-9._~-]+)+$/.test(trimmed)) {
    throw new Error(`BASE_PATH must be a path such as /news (got '${raw}')`);
  }
  return trimmed;
}

/** An http(s) origin without a trailing slash; a path belongs in BASE_PATH, not here. */
export function normalizeSiteUrl(raw: string | undefined): string {
  const value = (raw ?? '').trim() || DEFAULT_SITE_URL;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL must be an absolute URL such as https://example.org (got '${raw}')`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`SITE_URL must be http or https (got '${raw}')`);
  if (url.pathname !== '/' || url.search || url.hash) {
    throw new Error(`SITE_URL is the origin only (got '${raw}'); put the path in BASE_PATH, e.g. BASE_PATH=${url.pathname.replace(/\/+$/, '')}`);
  }
  return url.origin;
}

export const SITE_URL = normalizeSiteUrl(process.env.SITE_URL);
export const BASE_PATH = normalizeBasePath(process.env.BASE_PATH);

/** A site path ("/articles/x/") as the browser requests it on this deployment ("/news/articles/x/"). */
export function withBasePath(path: string, basePath = BASE_PATH): string {
  return `${basePath}${path}`;
}

/** A site path as an absolute URL on this deployment, for anything read outside the site. */
export function absoluteUrl(path: string, siteUrl = SITE_URL, basePath = BASE_PATH): string {
  return `${siteUrl}${withBasePath(path, basePath)}`;
}
