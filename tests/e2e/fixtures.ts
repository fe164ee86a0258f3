import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every page is checked for the same things while the test runs: no console errors, no page
 * errors, and no request to any origin other than the site's own.
 */
export const test = base.extend<{ pageProblems: string[] }>({
  pageProblems: [
    async ({ page, baseURL }, use) => {
      const problems: string[] = [];
      const origin = new URL(baseURL!).origin;
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.protocol.startsWith('http') && url.origin !== origin) problems.push(`request to another origin: ${request.url()}`);
      });
      page.on('response', (response) => {
        if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
      });
      await use(problems);
      expect(problems).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** The article links on the home page, in page order. */
export async function articleLinks(page: Page): Promise<{ title: string; href: string }[]> {
  await page.goto('/');
  const links = page.locator('.card-title a');
  return Promise.all(
    (await links.all()).map(async (link) => ({ title: (await link.textContent())!.trim(), href: (await link.getAttribute('href'))! })),
  );
}

/** One page of every type the seed site has, for checks that run on each type. */
export const PAGE_TYPES = {
  story: '/',
  article: '/articles/canada-and-mexico-intensify-border-talks-to-dodge-trumps-tariffs/',
  timeline: '/timeline/',
  'timeline by source': '/timeline/article/border-tensions-tariffs-spark-urgent-agreements/',
  'timeline by entity': '/timeline/entity/canada/',
  facts: '/facts/',
  fact: '/facts/national-guard-troops/',
  quotes: '/quotes/',
  quote: '/quotes/dan-ujczo-theres-progress-being-made-on-the/',
  entities: '/entities/',
  entity: '/entities/claudia-sheinbaum/',
  search: '/search/',
} as const;

/**
 * The element with this id becomes the page's :target. Chromium sets :target only once the new
 * document has been parsed, after the URL has already changed, so the check retries.
 */
export async function expectTarget(page: Page, id: string) {
  await expect.poll(() => page.evaluate(() => document.querySelector(':target')?.id).catch(() => undefined)).toBe(id);
}
