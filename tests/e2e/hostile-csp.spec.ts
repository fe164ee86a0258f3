import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, PAGE_TYPES, test } from './fixtures';
import { CSP_AT_TOP, guardPage, sitePages, type PageGuard } from './support/page-guard';

/**
 * The Content-Security-Policy on the real site (out/): present at the top of every page, and
 * nothing the site does itself is blocked by it: hydration, the copy-link island, search (which
 * fetches /data/search-index.json), client navigation and the share images.
 */
const PAGE_TYPES_WITH_404 = {
  ...PAGE_TYPES,
  // Served with status 404 for every missing address (tested in articles.spec.ts); here its own file.
  'not found': '/404.html',
};

test('every HTML file of the site starts its <head> with the policy, before any script', ({ javaScriptEnabled }) => {
  test.skip(!javaScriptEnabled, 'reads the files only; once is enough');
  const pages = sitePages('out');
  expect(pages.length).toBeGreaterThan(20);
  const missing = pages.filter((path) => !CSP_AT_TOP.test(readFileSync(join('out', path.endsWith('/') ? `${path}index.html` : path), 'utf8')));
  expect(missing).toEqual([]);
});

test.describe('in the browser', () => {
  // The policy is exercised by running scripts; pages without JavaScript are checked in hostile.spec.ts.
  test.skip(({ javaScriptEnabled }) => !javaScriptEnabled, 'needs JavaScript');
  let guard: PageGuard;
  test.beforeEach(async ({ page, baseURL }) => {
    guard = await guardPage(page, new URL(baseURL!).origin);
  });
  test.afterEach(async ({ javaScriptEnabled }) => {
    if (javaScriptEnabled) expect(await guard.cspViolations()).toEqual([]);
  });

  for (const [type, path] of Object.entries(PAGE_TYPES_WITH_404)) {
    test(`${type} page loads and hydrates under the policy with no violation`, async ({ page }) => {
      const response = await page.goto(path, { waitUntil: 'networkidle' });
      expect(response!.status()).toBe(200);
      await expect(page.locator('head > meta[http-equiv="Content-Security-Policy"]')).toHaveCount(1);
      // React hydrated the page (it marks hydrated nodes with a fiber key): its bootstrap scripts ran.
      await expect.poll(() => page.evaluate(() => Object.keys(document.querySelector('main')!).some((k) => k.startsWith('__reactFiber')))).toBe(true);
      expect(guard.problems).toEqual([]);
    });
  }

  test('copy-link, search, client navigation and share images work under the policy', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(PAGE_TYPES_WITH_404.article, { waitUntil: 'networkidle' });
    await page.locator('#p4 a.permalink').click();
    await expect(page.locator('.copy-status')).toHaveText('Link to p4 copied');

    await page.goto('/search/?q=Sheinbaum', { waitUntil: 'networkidle' });
    await expect(page.locator('.search-results li').first()).toBeVisible();

    // A client-side navigation keeps the document: a mark set on window survives it.
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));
    await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Facts' }).click();
    await expect(page).toHaveURL(/\/facts\/$/);
    await expect(page.locator('h1')).toHaveText(/facts/i);
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);

    const image = await page.locator('meta[property="og:image"]').getAttribute('content');
    const png = await page.request.get(new URL(new URL(image!).pathname, baseURL).href);
    expect(png.headers()['content-type']).toBe('image/png');
    expect(guard.problems).toEqual([]);
  });
});
