#!/usr/bin/env node
/**
 * npm run bench:js: the client JavaScript a reader downloads (gzip) for each page type, next to
 * a bare Next.js page built in the same run with the same Next.js and React (one empty page,
 * output: 'export'). Counts every script the browser fetches, including chunks the page loads
 * after the HTML, by loading each page in Debian's Chromium. Budget: the article page within
 * 25 KB of the bare page. Exit code 1 when over budget. Assumes `npm run build` has made out/.
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const BUDGET_KB = 25;
const BARE_DIR = '.bench/bare-next';
const PAGES = {
  story: '/',
  article: '/articles/canada-and-mexico-intensify-border-talks-to-dodge-trumps-tariffs/',
  timeline: '/timeline/',
  facts: '/facts/',
  entity: '/entities/claudia-sheinbaum/',
  search: '/search/',
};

function buildBarePage() {
  rmSync(BARE_DIR, { recursive: true, force: true });
  mkdirSync(join(BARE_DIR, 'app'), { recursive: true });
  writeFileSync(join(BARE_DIR, 'next.config.mjs'), "export default { output: 'export', trailingSlash: true };\n");
  writeFileSync(
    join(BARE_DIR, 'app/layout.jsx'),
    "export default function Layout({ children }) { return <html lang=\"en\"><body>{children}</body></html>; }\n",
  );
  writeFileSync(join(BARE_DIR, 'app/page.jsx'), 'export default function Page() { return <p>Bare page</p>; }\n');
  const status = spawnSync('npx', ['next', 'build'], { cwd: BARE_DIR, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } }).status;
  if (status !== 0) throw new Error('the bare Next.js page did not build');
  return join(BARE_DIR, 'out');
}

/** A plain static file server for one folder, on a free loopback port. */
function serve(root) {
  const server = createServer((request, response) => {
    let path = join(root, decodeURIComponent(new URL(request.url, 'http://x').pathname));
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!existsSync(path)) {
      response.writeHead(404).end();
      return;
    }
    const type = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.txt': 'text/plain' }[extname(path)];
    response.writeHead(200, type ? { 'Content-Type': type } : {});
    createReadStream(path).pipe(response);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Gzipped bytes of every script the page fetches while loading. */
async function scriptBytes(browser, origin, path) {
  const page = await browser.newPage();
  const sizes = new Map();
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'script') return;
    sizes.set(response.url(), gzipSync(await response.body()).length);
  });
  await page.goto(origin + path, { waitUntil: 'networkidle' });
  await page.close();
  return { scripts: sizes.size, bytes: [...sizes.values()].reduce((a, b) => a + b, 0) };
}

if (!existsSync('out/index.html')) throw new Error('no site in out/: run npm run build first');
const bareOut = buildBarePage();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
const [site, bare] = await Promise.all([serve('out'), serve(bareOut)]);
const origin = (server) => `http://127.0.0.1:${server.address().port}`;
const baseline = await scriptBytes(browser, origin(bare), '/');
const kb = (bytes) => (bytes / 1024).toFixed(1);
const rows = [['bare Next.js page', '/', baseline.scripts, kb(baseline.bytes), '0.0']];
let articleOver = 0;
for (const [type, path] of Object.entries(PAGES)) {
  const { scripts, bytes } = await scriptBytes(browser, origin(site), path);
  rows.push([type, path, scripts, kb(bytes), kb(bytes - baseline.bytes)]);
  if (type === 'article') articleOver = (bytes - baseline.bytes) / 1024;
}
await browser.close();
site.close();
bare.close();
console.log('\n| page | path | scripts | client JS (KiB, gzip) | over the bare page (KiB) |\n|---|---|---:|---:|---:|');
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
console.log(`\nArticle page: ${articleOver.toFixed(1)} KiB over a bare Next.js page (budget ${BUDGET_KB} KB).`);
process.exit(articleOver * 1024 > BUDGET_KB * 1000 ? 1 : 0);
