import { articleLinks, expect, expectTarget, test } from './fixtures';
import { articleFiles, SEED_DIR } from '../helpers/paths';

const seedCount = articleFiles(SEED_DIR).length;

test('the home page lists every article with a working link', async ({ page }) => {
  const links = await articleLinks(page);
  expect(links).toHaveLength(seedCount);
  await expect(page.locator('h1')).toHaveCount(1);
  for (const { title, href } of links) {
    expect(href).toMatch(/^\/articles\/[a-z0-9-]+\/$/);
    await page.goto(href);
    await expect(page.locator('h1')).toHaveText(title);
  }
});

test('every article page renders its text with paragraph anchors and no site chrome', async ({ page }) => {
  for (const { href } of await articleLinks(page)) {
    await page.goto(href);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('main p#p1, main li#p1, main td#p1')).toHaveCount(1);
    await expect(page.locator('#p1 .permalink')).toHaveAttribute('href', '#p1');
    const body = await page.locator('.article-body').innerText();
    expect(body).not.toMatch(/Home WorldAmericas|Leave a comment|\d+ Comments/i);
    expect(body.length).toBeGreaterThan(1000);
  }
});

test('bullet boxes, lists, image, glossary, summary, credit and related links render (002)', async ({ page }) => {
  await page.goto('/articles/border-tensions-tariffs-spark-urgent-agreements/');
  await expect(page.getByRole('complementary', { name: 'Key Takeaways' }).locator('li')).toHaveCount(3);
  await expect(page.locator('.article-body > ul')).toHaveCount(2);
  await expect(page.locator('.box-glossary dt')).toHaveText([
    'Fentanyl',
    'Remain in Mexico Policy',
    'International Emergency Economic Powers Act (IEEPA)',
    'National Guard',
    'USMCA (United States-Mexico-Canada Agreement)',
  ]);
  await expect(page.getByRole('complementary', { name: 'This Article in a Nutshell' })).toContainText('Under tariff threats');
  await expect(page.locator('.credit')).toHaveText('— By VisaVerge.com');
  await expect(page.getByRole('navigation', { name: 'Read more' }).locator('li')).toHaveCount(5);
  // The external image is a placeholder with its alt text and a link; it is never loaded.
  await expect(page.locator('img')).toHaveCount(0);
  await expect(page.locator('.figure-placeholder figcaption')).toContainText('Will Border Security Deals with Canada and Mexico');
  await expect(page.locator('.figure-open')).toHaveAttribute('href', /^https:\/\/i0\.wp\.com\//);
});

test('GFM tables render as tables with header cells (003)', async ({ page }) => {
  await page.goto('/articles/canada-and-mexico-have-taken-a-decisive-step-toward-deepening-their-bilateral/');
  const tables = page.locator('table');
  await expect(tables).toHaveCount(2);
  await expect(tables.first().locator('thead th')).toHaveText(['Aspect', 'Details']);
  await expect(tables.first().locator('tbody tr')).toHaveCount(8);
  await expect(tables.nth(1).locator('tbody tr')).toHaveCount(7);
  await expect(tables.first().locator('tbody tr').nth(1)).toContainText('C$56 billion ($40.5 billion)');
});

test('reader comments are shown apart from the article, with authors (000)', async ({ page }) => {
  await page.goto('/articles/canada-and-mexico-are-expected-to-intensify-their-efforts-this-week/');
  await expect(page.locator('.derived-note')).toContainText('Derived headline');
  const comments = page.getByRole('region', { name: /Reader comments/ });
  await expect(comments.locator('.comment')).toHaveCount(10);
  await expect(comments.locator('.comment-author').first()).toHaveText('Eugene Alta');
  await expect(page.locator('.article-body')).not.toContainText('Eugene Alta');
  await expect(page.locator('.removed summary')).toContainText('1 line of website furniture removed');
});

test('a sentence permalink lands on that sentence', async ({ page }) => {
  await page.goto('/articles/canada-and-mexico-intensify-border-talks-to-dodge-trumps-tariffs/#p9-s2');
  await expect(page.locator('#p9-s2')).toContainText('Mexican Economy Minister Marcelo Ebrard');
  await expectTarget(page, 'p9-s2');
});

test('an unknown address shows a helpful not-found page', async ({ page, pageProblems }) => {
  const response = await page.goto('/articles/no-such-article/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
  await expect(page.getByRole('link', { name: 'See all articles of the story' })).toBeVisible();
  pageProblems.length = 0; // the 404 itself is the point of this test
});
