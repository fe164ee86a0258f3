#!/usr/bin/env node
/**
 * The one test command: unit tests (vitest), the site built for a sub-path (BASE_PATH=/news,
 * kept in .test-sites/news) and twice for the domain root (out/), then browser tests (Playwright on
 * Debian's Chromium, including out/ behind Debian's nginx). Ends with one line
 * "N passed, N failed, N skipped" over both runners and exits non-zero when anything failed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
const REPORTS = '.test-reports';
/** The sub-path build the static-host test serves under /news/ (tests/e2e/static-host.spec.ts). */
const SUB_PATH_SITE = '.test-sites/news';
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

function run(command, args, extraEnv = {}) {
  console.log(`\n$ ${Object.entries(extraEnv).map(([k, v]) => `${k}=${v} `).join('')}${command} ${args.join(' ')}`);
  return spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } }).status ?? 1;
}

/** A Debian package the tests drive, installed with apt when we may; never a download of its own. */
function ensureDebianPackage(path, pkg, variable) {
  if (existsSync(path)) return;
  const canApt = process.getuid?.() === 0 && spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (!canApt) {
    console.error(`No ${pkg} at ${path}: install it with "sudo apt-get install -y ${pkg}" (or set ${variable}), then run npm test again.`);
    process.exit(1);
  }
  console.log(`No ${pkg} at ${path}; installing Debian's ${pkg} package.`);
  if (run('sh', ['-c', `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${pkg}`]) !== 0 || !existsSync(path)) {
    console.error(`Installing ${pkg} with apt-get failed; install it by hand and run npm test again.`);
    process.exit(1);
  }
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

/** The sub-path build first: every build writes out/, and the root build must be the one left there. */
function buildSites() {
  rmSync(SUB_PATH_SITE, { recursive: true, force: true });
  // A SITE_URL that is not where the test serves it: the crawl maps it, proving every absolute URL uses it.
  if (run('npm', ['run', 'build'], { BASE_PATH: '/news', SITE_URL: 'https://storyline.example' }) !== 0) return 1;
  mkdirSync('.test-sites', { recursive: true });
  renameSync('out', SUB_PATH_SITE);
  return buildRootTwice();
}

/**
 * The root site twice (tests/e2e/determinism.spec.ts compares them): first from nothing, with no
 * .next and an empty cache, into FIRST_ROOT_BUILD; then with everything cached into out/.
 */
const FIRST_ROOT_BUILD = '.test-sites/first-build';
/** STORYLINE_CACHE names the extraction cache; share images are cached beside it (scripts/og-images.ts). */
const EMPTY_CACHE_ROOT = '.test-sites/empty-cache';

function buildRootTwice() {
  const root = { BASE_PATH: '', SITE_URL: process.env.SITE_URL ?? '' };
  for (const dir of [FIRST_ROOT_BUILD, EMPTY_CACHE_ROOT, '.next']) rmSync(dir, { recursive: true, force: true });
  if (run('npm', ['run', 'build'], { ...root, STORYLINE_CACHE: `${EMPTY_CACHE_ROOT}/extract` }) !== 0) return 1;
  renameSync('out', FIRST_ROOT_BUILD);
  return run('npm', ['run', 'build'], root);
}

/**
 * Sites built from test content folders, like any content folder: articles full of injection
 * attempts (tests/e2e/hostile.spec.ts), and a small story whose sources quote the same people in
 * the same, other and differently attributed words (tests/e2e/quotes.spec.ts).
 */
const FIXTURE_SITES = [
  { site: '.test-sites/hostile', content: 'tests/fixtures/hostile/articles', spec: 'hostile.spec.ts' },
  { site: '.test-sites/quotes', content: 'tests/fixtures/quotes/articles', spec: 'quotes.spec.ts' },
];

/** Built before the others: every build writes out/, and the root build must be the one left there. */
function buildFixtureSite({ site, content }) {
  rmSync(site, { recursive: true, force: true });
  if (run('npm', ['run', 'build'], { CONTENT_DIR: content, BASE_PATH: '', SITE_URL: '' }) !== 0) return 1;
  mkdirSync('.test-sites', { recursive: true });
  renameSync('out', site);
  return 0;
}

rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });
ensureDebianPackage(CHROMIUM, 'chromium', 'CHROMIUM_PATH');
ensureDebianPackage(NGINX, 'nginx', 'NGINX_PATH');

const unitStatus = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${REPORTS}/vitest.json`]);
const unit = readJson(`${REPORTS}/vitest.json`);
let passed = unit?.numPassedTests ?? 0;
let failed = unit?.numFailedTests ?? 0;
// Corpus sweeps skip when ../shared is absent; the count is shown, never hidden.
let skipped = (unit?.numPendingTests ?? 0) + (unit?.numTodoTests ?? 0);
if (unitStatus !== 0 && failed === 0) failed += 1; // vitest itself failed (e.g. a file did not load)

for (const fixture of FIXTURE_SITES) {
  if (buildFixtureSite(fixture) !== 0) {
    console.error(`The site of ${fixture.content} did not build; its browser tests (${fixture.spec}) will fail.`);
    failed += 1;
  }
}

if (buildSites() !== 0) {
  console.error('The site did not build, so the browser tests cannot run.');
  failed += 1;
} else {
  const e2eStatus = run('npx', ['playwright', 'test']);
  const e2e = readJson(`${REPORTS}/playwright.json`)?.stats;
  passed += (e2e?.expected ?? 0) + (e2e?.flaky ?? 0);
  failed += e2e?.unexpected ?? 0;
  skipped += e2e?.skipped ?? 0;
  if (e2eStatus !== 0 && !e2e?.unexpected) failed += 1; // Playwright itself failed (e.g. no server)
}

console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
