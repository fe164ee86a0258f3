import type { Page } from '@playwright/test';
import { articleLinks, expect, expectTarget, test } from './fixtures';
import { articleFiles, SEED_DIR } from '../helpers/paths';

const seedCount = articleFiles(SEED_DIR).length;
const ARTICLE = '/articles/canada-and-mexico-intensify-border-talks-to-dodge-trumps-tariffs/';

const meta = (page: Page, key: string) => page.locator(`meta[property="${key}"], meta[name="${key}"]`).getAttribute('content');
const canonical = (page: Page) => page.locator('link[rel="canonical"]').getAttribute('href');

async function expectShareMetadata(page: Page, path: string) {
  const url = await canonical(page);
  expect(url).toMatch(/^https?:\/\//);
  expect(new URL(url!).pathname.endsWith(path)).toBe(true);
  expect(await page.title()).not.toBe('');
  expect((await meta(page, 'description'))!.length).toBeGreaterThan(40);
  expect(await meta(page, 'og:url')).toBe(url);
  expect(await meta(page, 'og:title')).toBeTruthy();
  expect(await meta(page, 'og:description')).toBeTruthy();
  expect(await meta(page, 'og:image')).toMatch(/^https?:\/\/.+\/og\/.+\.png$/);
  expect(await meta(page, 'twitter:card')).toBe('summary_large_image');
  expect(await meta(page, 'twitter:image')).toBe(await meta(page, 'og:image'));
  return url!;
}

test('every page has a title, description, canonical URL, Open Graph and Twitter card', async ({ page }) => {
  const links = await articleLinks(page);
  expect(links).toHaveLength(seedCount);
  await page.goto('/');
  await expectShareMetadata(page, '/');
  expect(await meta(page, 'og:type')).toBe('website');
  for (const { href, title } of links) {
    await page.goto(href);
    await expectShareMetadata(page, href);
    expect(await page.title()).toBe(`${title} · Storyline`);
    expect(await meta(page, 'og:type')).toBe('article');
    expect(await meta(page, 'og:title')).toBe(title);
  }
});

test('article pages carry NewsArticle JSON-LD matching the page', async ({ page }) => {
  for (const { href, title } of await articleLinks(page)) {
    await page.goto(href);
    const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
    expect(scripts).toHaveLength(1);
    const data = JSON.parse(scripts[0]!);
    expect(data['@type']).toBe('NewsArticle');
    expect(data.headline).toBe(title);
    expect(data.url).toBe(await canonical(page));
    expect(data.image).toEqual([await meta(page, 'og:image')]);
  }
  await page.goto('/articles/border-tensions-tariffs-spark-urgent-agreements/');
  const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(data.publisher).toEqual({ '@type': 'Organization', name: 'VisaVerge.com' });
});

test('the not-found page has share metadata but no canonical URL, and is not indexed', async ({ page, pageProblems }) => {
  await page.goto('/no-such-page/');
  pageProblems.length = 0; // the 404 status is the point here
  await expect(page).toHaveTitle('Page not found · Storyline');
  await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
  expect(await meta(page, 'robots')).toBe('noindex');
  expect(await meta(page, 'og:image')).toMatch(/\/og\/site\.png$/);
});

test('paragraph and sentence deep links land on their element, highlighted with :target', async ({ page }) => {
  for (const anchor of ['p9', 'p9-s2']) {
    await page.goto(`${ARTICLE}#${anchor}`);
    const target = page.locator(`#${anchor}`);
    await expect(target).toBeInViewport();
    await expectTarget(page, anchor);
    const background = await target.evaluate((el) => getComputedStyle(el).backgroundColor);
    const plain = await page.locator('#p2').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).not.toBe(plain);
  }
});

test('the ¶ link is a plain link to the paragraph, and with JavaScript it also copies the absolute URL', async ({ page, context, javaScriptEnabled }) => {
  await page.goto(ARTICLE);
  const status = page.getByRole('status');
  if (javaScriptEnabled) await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.locator('#p4 a.permalink').click();
  await expect(page).toHaveURL(new RegExp(`${ARTICLE}#p4$`));
  await expectTarget(page, 'p4');
  if (!javaScriptEnabled) return;
  await expect(status).toHaveText('Link to p4 copied');
  const expected = `${await canonical(page)}#p4`;
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
  // A second copy is announced again (the message names its paragraph).
  await page.locator('#p5 a.permalink').click();
  await expect(status).toHaveText('Link to p5 copied');
});
