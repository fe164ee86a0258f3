import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { serveFixtureSite } from './support/fixture-site';

/**
 * The site built from tests/fixtures/quotes/articles (scripts/test-all.mjs builds it into
 * .test-sites/quotes): three wire reports of one port reopening, written for these tests. They
 * quote the minister in the same words (three sources), in other words (two), and give one
 * quote to her in one source and to the harbor master in another. Runs with JavaScript on and off.
 */
const SITE = '.test-sites/quotes';
const SAME = '/quotes/elena-vasquez-the-port-is-open-again-and/';
const REWORDED = '/quotes/elena-vasquez-we-lost-seven-days-of-trade/';
const REATTRIBUTED = '/quotes/elena-vasquez-nobody-should-expect-prices-to-fall/';
const ARTICLE_B = '/articles/ships-return-to-portville-as-storm-damage-is-counted/';

const site = serveFixtureSite(SITE, 'tests/fixtures/quotes/articles');

const open = (page: Page, path: string) => page.goto(`${site.origin}${path}`);

test('the story page shows the quotes several sources carry, the most widely carried first', async ({ page }) => {
  await open(page, '/');
  const section = page.locator('section', { has: page.getByRole('heading', { name: 'Who said what' }) });
  const items = section.locator('.quote-list li');
  await expect(items).toHaveCount(3);
  await expect(items.first()).toContainText('The port is open again and ships are moving safely');
  await expect(items.first()).toContainText('(3 sources)');
  await expect(section.locator('.status')).toContainText(['Same words', 'Worded differently', 'Attributed differently']);
  await section.getByRole('link', { name: /All \d+ quotes by speaker/ }).click();
  await expect(page).toHaveURL(/\/quotes\/$/);
});

test('the quotes page groups quotes by speaker; a disputed quote stands under each speaker named', async ({ page }) => {
  await open(page, '/quotes/');
  await expect(page.locator('h1')).toHaveText('Quotes');
  const vasquez = page.locator('section', { has: page.getByRole('heading', { name: 'Elena Vasquez' }) });
  const reed = page.locator('section', { has: page.getByRole('heading', { name: 'Tomas Reed' }) });
  await expect(vasquez.locator('.quote-list')).toContainText('The port is open again');
  await expect(reed.locator('.quote-list')).toContainText('a relief for every family on the waterfront');
  for (const section of [vasquez, reed]) await expect(section.locator('li', { hasText: 'Nobody should expect prices' }).locator('.status')).toHaveText(/Attributed differently/);
  await vasquez.getByRole('heading').getByRole('link').click();
  await expect(page).toHaveURL(/\/entities\/elena-vasquez\/$/);
});

test('a quote worded differently shows each source’s words side by side, each linked to its sentence', async ({ page }) => {
  await open(page, REWORDED);
  await expect(page.locator('h1')).toContainText('Elena Vasquez: “We lost seven days of trade');
  await expect(page.locator('h1 .status')).toContainText('Worded differently');
  const columns = page.locator('table.comparison thead th');
  await expect(columns).toHaveCount(2);
  const cells = page.locator('table.comparison tbody td');
  await expect(cells.nth(0).locator('.quote-words')).toContainText('smaller than we feared');
  await expect(cells.nth(1).locator('.quote-words')).toContainText('smaller than we had feared');
  await cells.nth(1).locator('.citation figcaption a').click();
  await expect(page).toHaveURL(/\/articles\/ships-return-to-portville-as-storm-damage-is-counted\/#p\d+-s\d+$/);
  const id = new URL(page.url()).hash.slice(1);
  await expect(page.locator(`[id="${id}"]`)).toContainText('than we had feared');
});

test('a quote attributed differently names every speaker the sources give, and who each source names', async ({ page }) => {
  await open(page, REATTRIBUTED);
  await expect(page.locator('h1')).toContainText('Elena Vasquez or Tomas Reed');
  await expect(page.locator('h1 .status')).toContainText('Attributed differently');
  await expect(page.locator('table.comparison tbody td', { hasText: 'Tomas Reed' }).getByRole('link', { name: 'Tomas Reed' })).toHaveAttribute('href', '/entities/tomas-reed/');
  await open(page, SAME);
  await expect(page.locator('h1 .status')).toContainText('Same words');
  await expect(page.locator('table.comparison thead th')).toHaveCount(3);
});

test('an entity page says what the person said; a paragraph-spanning quote keeps its speaker', async ({ page }) => {
  await open(page, '/entities/tomas-reed/');
  const said = page.locator('section', { has: page.getByRole('heading', { name: 'What Tomas Reed said' }) });
  await expect(said.locator('li')).toContainText(['The crews worked day and night', 'Every family on the waterfront owes them']);
  await said.getByRole('link', { name: /The crews worked day and night/ }).click();
  await expect(page.locator('h1')).toContainText('Tomas Reed');
});

test('in an article, quoted words are marked and the verb of saying links to the speaker', async ({ page }) => {
  await open(page, ARTICLE_B);
  const quote = page.locator('.article-body .quote-mark', { hasText: 'Nobody should expect prices' });
  await expect(quote).toHaveAttribute('title', 'Quote: Tomas Reed');
  const said = page.locator('.article-body a.mark-speaker').first();
  await expect(said).toHaveText('said');
  await expect(said).toHaveAttribute('title', 'Said by Elena Vasquez');
  await said.click();
  await expect(page).toHaveURL(/\/entities\/elena-vasquez\/$/);
});

test('a quote permalink has its own share image and metadata', async ({ page, request }) => {
  await open(page, REWORDED);
  const image = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect(image).toMatch(/\/og\/quotes\/elena-vasquez-we-lost-seven-days-of-trade\.png$/);
  const response = await request.get(`${site.origin}${new URL(image!, site.origin).pathname}`);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/png');
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /Elena Vasquez: “We lost seven days of trade/);
});

// The seed site checks every page type; here the views whose content only this story has.
for (const path of ['/quotes/', REWORDED]) {
  test(`${path} has no axe violations, light and dark`, async ({ page, javaScriptEnabled }) => {
    test.skip(!javaScriptEnabled, 'axe runs inside the page, which needs JavaScript');
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await open(page, path);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${colorScheme}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
  });
}
