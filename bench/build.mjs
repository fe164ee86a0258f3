#!/usr/bin/env node
/**
 * npm run bench:build [-- 100 300 915]: builds the site from the five seeds plus the first N
 * articles of ../shared/corpora/newswire-1997-2005 (sorted by file name), for each N, and
 * reports the content pipeline time (load + analysis), the full build time (`npm run build`:
 * content check, next build, post-build steps; cold: no extraction cache), peak memory, pages
 * and output size. Builds go to
 * .bench/build-N/ (out/ is restored to nothing: run `npm run build` again for the seed site).
 */
import { cpSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { measure } from './measure.mjs';
import { CORPUS_DIR as CORPUS } from './shared.mjs';

const SIZES = process.argv.slice(2).map(Number).filter(Boolean);

function contentFor(n) {
  const dir = join('.bench', `content-${n}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const f of readdirSync('content/articles')) cpSync(join('content/articles', f), join(dir, f));
  for (const f of readdirSync(CORPUS).sort().slice(0, n)) cpSync(join(CORPUS, f), join(dir, f));
  return dir;
}

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

const rows = [];
for (const n of SIZES.length ? SIZES : [100, 300, 915]) {
  const dir = contentFor(n);
  // Both cold: no extraction cache from an earlier run.
  const cache = join('.bench', `cache-${n}`);
  rmSync(cache, { recursive: true, force: true });
  const pipeline = measure(`npx tsx scripts/analyze.ts ${dir} > /dev/null`, { STORYLINE_CACHE: 'off' });
  const build = measure('npm run build > .bench/build.log 2>&1', { CONTENT_DIR: dir, STORYLINE_CACHE: cache });
  const files = walk('out');
  const pages = files.filter((f) => f.endsWith('.html')).length;
  const bytes = files.reduce((sum, f) => sum + statSync(f).size, 0);
  const target = join('.bench', `build-${n}`);
  rmSync(target, { recursive: true, force: true });
  cpSync('out', target, { recursive: true });
  rmSync('out', { recursive: true, force: true });
  rows.push({ n, articles: n + readdirSync('content/articles').length, pipeline, build, pages, mib: bytes / 1024 / 1024 });
  console.log(JSON.stringify(rows.at(-1)));
}
console.log('\n| corpus articles (+ 5 seeds) | pipeline (s) | pipeline peak (MiB) | full build (s) | build peak (MiB) | HTML pages | output (MiB) |');
console.log('|---:|---:|---:|---:|---:|---:|---:|');
for (const r of rows) {
  console.log(`| ${r.n} | ${r.pipeline.seconds.toFixed(1)} | ${r.pipeline.peakMiB.toFixed(0)} | ${r.build.seconds.toFixed(1)} | ${r.build.peakMiB.toFixed(0)} | ${r.pages} | ${r.mib.toFixed(1)} |`);
}
