import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { crawlSite } from './support/crawl';
import { startNginx, type RunningNginx, type StaticSite } from './support/nginx';
import { articleFiles, SEED_DIR } from '../helpers/paths';

/**
 * out/ on a plain static host: Debian's nginx with files, index.html and 404.html only. The
 * root build (out/) is served at /, the BASE_PATH=/news build (.test-sites/news, made by
 * scripts/test-all.mjs) at /news/ on a server where nothing else exists.
 */
const SITES: Record<'root' | 'sub-path', StaticSite> = {
  root: { dir: 'out', mount: '/' },
  'sub-path': { dir: '.test-sites/news', mount: '/news/' },
};
const articleCount = articleFiles(SEED_DIR).length;

/** Where the build believes it lives: its home page's canonical URL (SITE_URL + base path). */
function builtFor(site: StaticSite): string {
  const html = readFileSync(`${site.dir}/index.html`, 'utf8');
  const canonical = html.match(/<link rel="canonical" href="([^"]+)"/)?.[1];
  if (!canonical) throw new Error(`${site.dir}/index.html has no canonical URL`);
  return canonical;
}

let nginx: RunningNginx;
const origin = (name: keyof typeof SITES) => nginx.origins[Object.keys(SITES).indexOf(name)]!;


test.beforeAll(() => {
  for (const site of Object.values(SITES)) {
    if (!existsSync(`${site.dir}/index.html`)) {
      throw new Error(`No site in ${site.dir}/: run "npm test", which builds it (see scripts/test-all.mjs).`);
    }
  }
});
test.beforeAll(async () => {
  nginx = await startNginx(Object.values(SITES));
});
test.afterAll(async () => {
  await nginx?.stop();
});

for (const name of ['root', 'sub-path'] as const) {
  test(`${name}: every page, anchor, asset, feed and sitemap URL resolves; no console errors; share metadata everywhere`, async ({ page, request }) => {
    test.setTimeout(120_000);
    const site = SITES[name];
    const servedAt = `${origin(name)}${site.mount}`;
    const report = await crawlSite(page, request, { servedAt, builtFor: builtFor(site) });

    expect(report.brokenLinks).toEqual([]);
    expect(report.brokenAnchors).toEqual([]);
    expect(report.missingAssets).toEqual([]);
    expect(report.consoleErrors).toEqual([]);
    expect(report.missingShareMetadata).toEqual([]);
    // It really went everywhere: home and every article, their share images, feed, sitemap, icon.
    const pages = report.pages.map((p) => p.slice(site.mount.length - 1));
    expect(pages).toContain('/');
    expect(pages.filter((p) => /^\/articles\/[^/]+\/$/.test(p))).toHaveLength(articleCount);
    const files = report.files.map((f) => f.slice(site.mount.length - 1));
    expect(files.filter((f) => /^\/og\/articles\/.+\.png$/.test(f))).toHaveLength(articleCount);
    expect(files).toEqual(expect.arrayContaining(['/feed.xml', '/sitemap.xml', '/robots.txt', '/icon.svg']));
  });

  test(`${name}: unknown addresses get the 404 page, folders without a slash redirect to it`, async ({ page, request }) => {
    const base = `${origin(name)}${SITES[name].mount}`;
    const missing = await request.get(`${base}articles/no-such-article/`);
    expect(missing.status()).toBe(404);
    expect(await missing.text()).toContain('Page not found');

    const failed: string[] = [];
    page.on('response', (r) => r.status() >= 400 && r.url() !== `${base}no/such/page` && failed.push(r.url()));
    await page.goto(`${base}no/such/page`);
    await expect(page.locator('h1')).toHaveText('Page not found');
    await expect(page.getByRole('link', { name: 'See all articles of the story' })).toHaveAttribute('href', SITES[name].mount);
    expect(failed).toEqual([]); // the 404 page's own styles and scripts load from the base path

    const slug = readdirSync(`${SITES[name].dir}/articles`)[0]!;
    await page.goto(`${base}articles/${slug}`);
    expect(new URL(page.url()).pathname).toBe(`${SITES[name].mount}articles/${slug}/`);
    await expect(page.locator('h1')).toHaveCount(1);
  });
}

test('sub-path: client-side navigation stays under /news/', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('response', (r) => r.status() >= 400 && errors.push(`HTTP ${r.status()} ${r.url()}`));
  await page.goto(`${origin('sub-path')}/news/`);
  const first = page.locator('.card-title a').first();
  const title = (await first.textContent())!.trim();
  await first.click();
  await expect(page.locator('h1')).toHaveText(title);
  expect(new URL(page.url()).pathname).toMatch(/^\/news\/articles\/[a-z0-9-]+\/$/);
  await page.locator('.site-name').click();
  await expect(page).toHaveURL(`${origin('sub-path')}/news/`);
  expect(errors).toEqual([]);
});
