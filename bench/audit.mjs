#!/usr/bin/env node
/**
 * npm run audit: builds the site for the origin it is audited at, serves out/, runs Lighthouse
 * (default mobile settings, Debian's Chromium via CHROME_PATH) on each page type, html-validate
 * on every HTML file, and measures the client JavaScript each page loads (gzip). Writes
 * .audit/report.md (and the raw Lighthouse JSON) and prints the report.
 * Exit code 1 when a target is missed: 100 in every category, no HTML errors.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { HtmlValidate } from 'html-validate';

const PORT = Number(process.env.AUDIT_PORT ?? 4310);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const RUNS = Number(process.env.AUDIT_RUNS ?? 3);
const CHROME_PATH = process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const OUT = 'out';
const REPORT_DIR = '.audit';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
/**
 * Lighthouse will not audit a page served with status 404, so the not-found page is audited at
 * /404.html, the file hosts serve for every missing address. It is marked noindex (by Next, as a
 * not-found page must be), which Lighthouse's SEO category counts as a failure: the page doing
 * its job, not a defect.
 */
const EXPECTED_FAILURES = { '404 page': ['is-crawlable'] };

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', CHROME_PATH };
const sh = (command, args, extraEnv = {}) => spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } }).status;

function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '_next' ? [] : htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

/** The scripts a page loads and their gzip size (zlib default level, as static hosts send them). */
function clientJs(file) {
  const html = readFileSync(file, 'utf8');
  const sources = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1].split('?')[0]))];
  const bytes = sources.reduce((sum, src) => sum + gzipSync(readFileSync(join(OUT, src))).length, 0);
  return { page: `/${relative(OUT, file).replace(/index\.html$/, '')}`, scripts: sources.length, bytes };
}

async function validateHtml(files) {
  const validator = new HtmlValidate(JSON.parse(readFileSync('bench/htmlvalidate.json', 'utf8')));
  const problems = [];
  for (const file of files) {
    const report = await validator.validateFile(file);
    for (const result of report.results) {
      for (const m of result.messages) problems.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
  }
  return problems;
}

function startServer() {
  const child = spawn('npx', ['serve', OUT, '--listen', `tcp://127.0.0.1:${PORT}`, '--no-clipboard', '--no-port-switching'], {
    stdio: 'ignore',
    detached: true, // its own process group, so stopping it also stops what npx started
  });
  return child;
}

async function waitFor(url) {
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`no server at ${url}`);
}

function lighthouse(url, name, run) {
  const output = join(REPORT_DIR, `lighthouse-${name.replace(/\W+/g, '-')}-${run}.json`);
  const status = sh('npx', [
    'lighthouse', url, '--output=json', `--output-path=${output}`, '--quiet',
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage',
  ]);
  if (status !== 0) throw new Error(`Lighthouse failed on ${url}`);
  return JSON.parse(readFileSync(output, 'utf8'));
}

/** The run with the median performance score, so one noisy run does not decide the table. */
function medianRun(reports) {
  const sorted = [...reports].sort((a, b) => a.categories.performance.score - b.categories.performance.score);
  return sorted[Math.floor(sorted.length / 2)];
}

function failingAudits(lhr) {
  return CATEGORIES.flatMap((category) =>
    lhr.categories[category].auditRefs
      .filter((ref) => ref.weight > 0 && lhr.audits[ref.id].score !== null && lhr.audits[ref.id].score < 1)
      .map((ref) => ({ category, id: ref.id, title: lhr.audits[ref.id].title })),
  );
}

function countBy(items, key) {
  const counts = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

// Pages grouped by route (/articles/x/ becomes /articles/*/): a route's pages load the same code.
function jsByRoute(pages) {
  const groups = new Map();
  for (const page of pages) {
    const parts = page.page.split('/').filter(Boolean);
    const route = parts.length >= 2 ? `/${[...parts.slice(0, -1), '*'].join('/')}/` : page.page;
    const group = groups.get(route) ?? { route, count: 0, scripts: page.scripts, min: Infinity, max: 0 };
    group.count += 1;
    group.min = Math.min(group.min, page.bytes);
    group.max = Math.max(group.max, page.bytes);
    groups.set(route, group);
  }
  return [...groups.values()].sort((a, b) => a.route.localeCompare(b.route));
}

// 1. Build for the origin the audit serves it at, so canonical URLs point where Lighthouse looks.
rmSync(REPORT_DIR, { recursive: true, force: true });
mkdirSync(REPORT_DIR, { recursive: true });
if (sh('npm', ['run', 'build'], { SITE_URL: ORIGIN, BASE_PATH: '' }) !== 0) process.exit(1);

const files = htmlFiles(OUT).sort();
/** The first page built under a folder, e.g. one article page: `/articles/<slug>/`. */
const firstUnder = (folder) => {
  const file = files.find((f) => f.startsWith(join(OUT, folder) + '/') && f !== join(OUT, folder, 'index.html'));
  return `/${relative(OUT, file).replace(/index\.html$/, '')}`;
};
const PAGES = [
  { name: 'home', path: '/' },
  { name: 'article', path: firstUnder('articles') },
  { name: 'timeline', path: '/timeline/' },
  { name: 'facts', path: '/facts/' },
  { name: 'fact', path: firstUnder('facts') },
  { name: 'entities', path: '/entities/' },
  { name: 'entity', path: firstUnder('entities') },
  { name: 'search', path: '/search/' },
  { name: '404 page', path: '/404.html' },
];

// 2. Lighthouse on each page type.
const server = startServer();
const results = [];
try {
  await waitFor(`${ORIGIN}/`);
  for (const page of PAGES) {
    const runs = [];
    for (let run = 1; run <= RUNS; run++) runs.push(lighthouse(`${ORIGIN}${page.path}`, page.name, run));
    results.push({ ...page, lhr: medianRun(runs) });
  }
} finally {
  process.kill(-server.pid, 'SIGTERM');
}

// 3. HTML validation and client JS.
const htmlProblems = await validateHtml(files);
const js = files.map(clientJs);

// 4. Report.
const score = (lhr, c) => Math.round(lhr.categories[c].score * 100);
const lines = [
  '# Audit',
  '',
  `\`npm run audit\`: Lighthouse ${results[0].lhr.lighthouseVersion} (default mobile settings, simulated throttling, median of ${RUNS} runs by performance) on ${results[0].lhr.environment.hostUserAgent.match(/Chrome\/[\d.]+/)?.[0] ?? 'Chromium'}, site served by \`serve\` (gzip) at ${ORIGIN}.`,
  '',
  '| Page type | Performance | Accessibility | Best practices | SEO | LCP | TBT | CLS | Transferred |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ...results.map(({ name, path, lhr }) => {
    const a = lhr.audits;
    return `| ${name} (\`${path.length > 40 ? `${path.slice(0, 37)}…` : path}\`) | ${CATEGORIES.map((c) => score(lhr, c)).join(' | ')} | ${(a['largest-contentful-paint'].numericValue / 1000).toFixed(1)} s | ${Math.round(a['total-blocking-time'].numericValue)} ms | ${a['cumulative-layout-shift'].numericValue.toFixed(3)} | ${kb(a['total-byte-weight'].numericValue)} |`;
  }),
  '',
];
let missed = 0;
for (const { name, lhr } of results) {
  const failing = failingAudits(lhr);
  const expected = EXPECTED_FAILURES[name] ?? [];
  const unexpected = failing.filter((f) => !expected.includes(f.id));
  missed += unexpected.length;
  for (const f of failing) {
    lines.push(`- ${name}: ${f.category} \`${f.id}\` (${f.title})${expected.includes(f.id) ? ' (expected: a not-found page is noindex)' : ''}`);
  }
}
if (results.every(({ lhr }) => failingAudits(lhr).length === 0)) lines.push('Every scored Lighthouse audit passes on every page type.');
lines.push(
  '',
  '| Pages | Count | Scripts | Client JS per page (gzip) |',
  '| --- | --- | --- | --- |',
  ...jsByRoute(js).map((g) => `| \`${g.route}\` | ${g.count} | ${g.scripts} | ${g.min === g.max ? kb(g.min) : `${kb(g.min)} – ${kb(g.max)}`} |`),
  '',
  `html-validate (bench/htmlvalidate.json) on ${files.length} HTML files: ${htmlProblems.length} error${htmlProblems.length === 1 ? '' : 's'}.`,
  ...Object.entries(countBy(htmlProblems, (p) => p.split(' ')[1])).map(([rule, n]) => `- ${rule} ${n}`),
  ...htmlProblems.slice(0, 20).map((p) => `  - ${p}`),
  ...(htmlProblems.length > 20 ? [`  - … and ${htmlProblems.length - 20} more`] : []),
  '',
);
missed += htmlProblems.length;
const report = lines.join('\n');
writeFileSync(join(REPORT_DIR, 'report.md'), report);
console.log(`\n${report}\nWritten to ${REPORT_DIR}/report.md`);
process.exit(missed > 0 ? 1 : 0);
