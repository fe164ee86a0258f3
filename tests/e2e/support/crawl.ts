import type { APIRequestContext, Page } from '@playwright/test';

/**
 * Crawls an exported site as a visitor and a link checker would, from its home page and its
 * robots.txt. Every internal link, anchor, asset, canonical, share image, feed and sitemap URL is
 * followed. Absolute URLs that name the deployment (SITE_URL + base path) are mapped to where
 * the site is actually being served, so they are checked too.
 */
export interface CrawlOptions {
  /** Where the site is served now, e.g. http://127.0.0.1:4321/news/ */
  servedAt: string;
  /** Where the build says it lives (SITE_URL + base path), e.g. https://example.org/news/ */
  builtFor: string;
}

export interface CrawlReport {
  pages: string[];
  files: string[];
  brokenLinks: string[];
  brokenAnchors: string[];
  missingAssets: string[];
  consoleErrors: string[];
  /** Pages without a title, description, canonical URL, Open Graph title and image, or Twitter card. */
  missingShareMetadata: string[];
}

interface PageFacts {
  /** The share metadata the page lacks. */
  missing: string[];
  ids: string[];
  urls: { url: string; from: string }[];
}

async function pageFacts(page: Page): Promise<PageFacts> {
  return page.evaluate(() => {
    const urls: { url: string; from: string }[] = [];
    const add = (value: string | null, from: string) => value && urls.push({ url: new URL(value, document.baseURI).href, from });
    document.querySelectorAll('a[href]').forEach((a) => add(a.getAttribute('href'), 'a'));
    document.querySelectorAll('link[href]').forEach((l) => add(l.getAttribute('href'), `link[rel=${l.getAttribute('rel')}]`));
    document.querySelectorAll('[src]').forEach((e) => add(e.getAttribute('src'), `${e.tagName.toLowerCase()}[src]`));
    document.querySelectorAll('meta[property^="og:"], meta[name^="twitter:"]').forEach((m) => {
      const content = m.getAttribute('content') ?? '';
      if (/^https?:\/\//.test(content)) add(content, `meta ${m.getAttribute('property') ?? m.getAttribute('name')}`);
    });
    document.querySelectorAll('script[type="application/ld+json"]').forEach((s) => {
      JSON.stringify(JSON.parse(s.textContent ?? '{}'), (key, value) => {
        if (typeof value === 'string' && /^https?:\/\//.test(value)) add(value, `json-ld ${key}`);
        return value;
      });
    });
    const required: Record<string, string> = {
      title: 'title',
      description: 'meta[name="description"]',
      canonical: 'link[rel="canonical"]',
      'og:title': 'meta[property="og:title"]',
      'og:image': 'meta[property="og:image"]',
      'twitter:card': 'meta[name="twitter:card"]',
    };
    const missing = Object.entries(required).filter(([, selector]) => {
      const element = document.head.querySelector(selector);
      return !(element?.getAttribute('content') ?? element?.getAttribute('href') ?? element?.textContent)?.trim();
    });
    return { missing: missing.map(([name]) => name), ids: [...document.querySelectorAll('[id]')].map((e) => e.id), urls };
  });
}

/** URLs inside a feed or sitemap (<loc>, <link>, atom:link href). */
function xmlUrls(xml: string): string[] {
  return [...xml.matchAll(/<(?:loc|link)>([^<]+)<\/(?:loc|link)>|<atom:link[^>]*href="([^"]+)"/g)].map((m) => (m[1] ?? m[2])!.trim());
}

/** Pages loaded at once: the crawl visits every page with its prefetches settled, ~1 s each. */
const PARALLEL_PAGES = 6;

export async function crawlSite(page: Page, request: APIRequestContext, { servedAt, builtFor }: CrawlOptions): Promise<CrawlReport> {
  const served = new URL(servedAt);
  const report: CrawlReport = { pages: [], files: [], brokenLinks: [], brokenAnchors: [], missingAssets: [], consoleErrors: [], missingShareMetadata: [] };
  const idsByPage = new Map<string, Set<string>>();
  const anchors: { page: string; id: string; from: string }[] = [];
  const queue: { url: string; from: string }[] = [
    { url: served.href, from: 'start' },
    { url: new URL('robots.txt', served).href, from: 'start' },
  ];
  const seen = new Set<string>();

  /** The served URL for an internal one, or undefined for other sites. */
  const internal = (raw: string): URL | undefined => {
    const mapped = raw.startsWith(builtFor) ? served.href + raw.slice(builtFor.length) : raw;
    const url = new URL(mapped);
    return url.origin === served.origin ? url : undefined;
  };

  const checkFile = async (url: URL, from: string) => {
    const response = await request.get(url.href, { maxRedirects: 0 });
    if (response.status() !== 200) {
      report.missingAssets.push(`${url.href} (HTTP ${response.status()}) from ${from}`);
      return;
    }
    report.files.push(url.pathname);
    if (/\.xml$|\/robots\.txt$/.test(url.pathname)) {
      const text = await response.text();
      const found = url.pathname.endsWith('robots.txt') ? [...text.matchAll(/^Sitemap:\s*(\S+)/gim)].map((m) => m[1]!) : xmlUrls(text);
      for (const u of found) queue.push({ url: u, from: url.pathname });
    }
  };

  const visitPage = async (tab: Page, url: URL, from: string) => {
    const response = await tab.goto(url.origin + url.pathname, { waitUntil: 'networkidle' });
    if (response?.status() !== 200) {
      report.brokenLinks.push(`${url.pathname} (HTTP ${response?.status()}) from ${from}`);
      return;
    }
    report.pages.push(url.pathname);
    const facts = await pageFacts(tab);
    idsByPage.set(url.pathname, new Set(facts.ids));
    if (facts.missing.length > 0) report.missingShareMetadata.push(`${url.pathname}: ${facts.missing.join(', ')}`);
    for (const link of facts.urls) queue.push({ url: link.url, from: `${url.pathname} ${link.from}` });
  };

  /** Takes the next URL to fetch, or undefined when none is left (links only point to those). */
  const next = (): { url: URL; from: string; isPage: boolean } | undefined => {
    while (queue.length > 0) {
      const { url: raw, from } = queue.shift()!;
      const url = internal(raw);
      if (!url) continue;
      if (!url.pathname.startsWith(served.pathname)) {
        report.brokenLinks.push(`${raw} (outside ${served.pathname}) from ${from}`);
        continue;
      }
      const isPage = url.pathname.endsWith('/');
      if (url.hash && isPage) anchors.push({ page: url.pathname, id: decodeURIComponent(url.hash.slice(1)), from });
      const key = isPage ? url.pathname : url.href;
      if (seen.has(key)) continue;
      seen.add(key);
      return { url, from, isPage };
    }
    return undefined;
  };

  const tabs = [page, ...(await Promise.all(Array.from({ length: PARALLEL_PAGES - 1 }, () => page.context().newPage())))];
  let busy = 0;
  await Promise.all(
    tabs.map(async (tab) => {
      let current = '';
      tab.on('console', (message) => {
        if (message.type() === 'error') report.consoleErrors.push(`${current}: ${message.text()}`);
      });
      tab.on('pageerror', (error) => report.consoleErrors.push(`${current}: ${error.message}`));
      tab.on('requestfailed', (r) => {
        // Prefetches still in flight when the tab moves to the next page are cancelled, not missing.
        if (r.failure()?.errorText !== 'net::ERR_ABORTED') report.missingAssets.push(`${r.url()} (failed: ${r.failure()?.errorText}) on ${current}`);
      });
      tab.on('response', (r) => {
        if (r.status() >= 400) report.missingAssets.push(`${r.url()} (HTTP ${r.status()}) on ${current}`);
      });
      // Work until the queue is empty and no other tab can add to it.
      for (;;) {
        const item = next();
        if (!item) {
          if (busy === 0) return;
          await new Promise((r) => setTimeout(r, 20));
          continue;
        }
        busy++;
        try {
          if (item.isPage) {
            current = item.url.pathname;
            await visitPage(tab, item.url, item.from);
          } else {
            await checkFile(item.url, item.from);
          }
        } finally {
          busy--;
        }
      }
    }),
  );
  await Promise.all(tabs.slice(1).map((tab) => tab.close()));

  for (const { page: target, id, from } of anchors) {
    if (!idsByPage.get(target)?.has(id)) report.brokenAnchors.push(`${target}#${id} from ${from}`);
  }
  report.missingAssets = [...new Set(report.missingAssets)];
  report.pages.sort();
  report.missingShareMetadata.sort();
  return report;
}
