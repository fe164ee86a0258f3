import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { serveFixtureSite } from './support/fixture-site';
import { CSP_AT_TOP, sitePages } from './support/page-guard';

/**
 * The site built from tests/fixtures/hostile/articles (scripts/test-all.mjs builds it into
 * .test-sites/hostile): articles full of script tags, event handlers, javascript: and data: links
 * and images, a title and front matter with <script>, RTL overrides, zero-width characters and a
 * 10,000-character word. On every page nothing may run, nothing may load from anywhere but the
 * site, and the injected markup must be shown as text.
 */
const SITE = '.test-sites/hostile';
const ARTICLES = {
  markup: '/articles/officials-debate-markup-found-in-scraped-pages/',
  links: '/articles/script-alert-title-script-links-and-images-that-try-to-run-code/',
  unicode: '/articles/unicode-tricks-in-a-headline-txt-exe/',
};
/** Markup that content could turn into something live, if the renderer ever let it through. */
const LIVE_MARKUP = [
  '[onerror]', '[onload]', '[onclick]', '[onmouseover]', '[onfocus]', 'main [style]', 'iframe', 'object', 'embed', 'img', 'base',
  'main style', 'main script:not([type="application/ld+json"])', 'textarea', 'meta[http-equiv="refresh" i]',
  'a[href]:not([href^="/"]):not([href^="#"]):not([href^="http://"]):not([href^="https://"])',
].join(', ');

const site = serveFixtureSite(SITE, 'tests/fixtures/hostile/articles');

/** With JavaScript, wait until hydration's requests (prefetches, the search index) are done too. */
async function open(page: Page, path: string): Promise<void> {
  await page.goto(`${site.origin}${path}`, { waitUntil: test.info().project.use.javaScriptEnabled === false ? 'load' : 'networkidle' });
}

test('every page: the policy comes first, nothing runs, nothing loads from elsewhere, no live markup', async ({ page, javaScriptEnabled }) => {
  test.setTimeout(120_000);
  const pages = sitePages(SITE);
  expect(pages).toEqual(expect.arrayContaining(['/', '/404.html', '/search/', ...Object.values(ARTICLES)]));
  for (const path of pages) {
    const html = readFileSync(path.endsWith('/') ? join(SITE, path, 'index.html') : join(SITE, path), 'utf8');
    expect(html, path).toMatch(CSP_AT_TOP);
    await open(page, path);
    await expect(page.locator('head > meta[http-equiv="Content-Security-Policy"]'), path).toHaveCount(1);
    await expect(page.locator(LIVE_MARKUP), path).toHaveCount(0);
    if (javaScriptEnabled) expect(await site.guard.cspViolations(), path).toEqual([]);
  }
});

test('markup in article text, lists, tables, glossary and comments is shown as text', async ({ page }) => {
  await open(page, ARTICLES.markup);
  const body = page.locator('.article-body');
  for (const shown of [
    '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<iframe src="javascript:alert(1)"></iframe>', '</textarea>',
    '</script><script>alert(2)</script>', '<div style="x:expression(alert(1))">text</div>', '<style>body{display:none}</style>',
    '<!-- hidden comment -->', '<a href="javascript:alert(1)">click here</a>', "<script>alert('takeaway')</script>",
    "<script>alert('cell')</script>", "<script>alert('glossary')</script>",
  ]) {
    await expect(body).toContainText(shown);
  }
  // The table's column alignment survives as classes (the policy allows no style attributes).
  await expect(body.locator('th.align-center')).toHaveText('Effect');
  await expect(body.locator('td.align-right').first()).toHaveText('high');
  await expect(page.locator('main')).toContainText("<script>alert('author')</script>");
  await expect(page.locator('main')).toContainText("I agree with </script><script>alert('comment')</script> entirely.");
});

test('a <script> title, javascript: and data: links and images stay text; only the http(s) link is a link', async ({ page }) => {
  await open(page, ARTICLES.links);
  await expect(page.locator('h1')).toHaveText('<script>alert("title")</script> Links and Images That Try to Run Code');
  await expect(page.locator('main')).toContainText("<img src=x onerror=alert('source')>");
  await expect(page.locator('.article-body')).toContainText('A markdown link [x](javascript:alert(1)) and [y](data:text/html,<script>alert(1)</script>)');
  const related = page.locator('nav.related');
  await expect(related).toContainText('A script link');
  await expect(related).toContainText('A data link');
  await expect(related.locator('a')).toHaveCount(1);
  await expect(related.locator('a')).toHaveAttribute('href', 'https://example.com/safe');
  // Images are placeholders; the one on another host is a link to open it, never loaded.
  await expect(page.locator('.figure-placeholder')).toHaveCount(2);
  await expect(page.locator('.figure-placeholder a')).toHaveAttribute('href', 'https://evil.example/pixel.png');
  await expect(page.locator('.figure-placeholder').first()).toContainText('Image not shown');
});

test('RTL overrides, zero-width characters and a 10,000-character word are kept as written and fit the page', async ({ page, javaScriptEnabled }) => {
  await open(page, ARTICLES.unicode);
  await expect(page.locator('h1')).toHaveText('Unicode Tricks in a \u202eHeadline txt.exe');
  await expect(page.locator('.article-body')).toContainText('A right-to-left override \u202e<script>alert(1)</script>');
  await expect(page.locator('.article-body')).toContainText('The report\u200b said the\u200d zero\u2060width');
  await expect(page.locator('.article-body')).toContainText(`A${'a'.repeat(9_999)}`);
  if (javaScriptEnabled) {
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  }
});

test('search shows injected titles as text, and client navigation keeps to the policy', async ({ page, javaScriptEnabled }) => {
  test.skip(!javaScriptEnabled, 'search and client navigation need JavaScript');
  await open(page, '/search/?q=links%20images');
  await expect(page.locator('.search-results')).toContainText('<script>alert("title")</script> Links and Images That Try to Run Code');
  await page.evaluate(() => Object.assign(window, { sameDocument: true }));
  await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Timeline' }).click();
  await expect(page).toHaveURL(`${site.origin}/timeline/`);
  await expect(page.locator('h1')).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
});
