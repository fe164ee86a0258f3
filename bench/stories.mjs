#!/usr/bin/env node
/**
 * The story benchmark: scores the analysis against every hand-written gold file in bench/stories/
 * (and ../shared/story-gold/ when it is there) with the shared scorer, ../shared/story-gold/score.mjs,
 * and prints one line per story and a total. `npm run bench:stories [-- gold.json ...]`.
 *
 * Gold names its articles by corpus folder: "newswire-1997-2005", "web-stories/<story>" (from
 * ../shared/corpora) and "seeds" (../shared/seeds); a temporary folder of links puts them side by side.
 * Exits 1 when any check fails, like the scorer.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SHARED_DIR as SHARED } from './shared.mjs';

const SCORER = join(SHARED, 'story-gold', 'score.mjs');
const GOLD_DIRS = ['bench/stories', join(SHARED, 'story-gold')];

if (!existsSync(SCORER)) {
  console.error(`bench:stories needs the scorer and corpora at ${SHARED} (set SHARED_DIR); not found.`);
  process.exit(2);
}

const goldFiles = process.argv.slice(2).length
  ? process.argv.slice(2)
  : GOLD_DIRS.filter(existsSync).flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => join(dir, f)));

const corpora = mkdtempSync(join(tmpdir(), 'storyline-corpora-'));
for (const name of readdirSync(join(SHARED, 'corpora'))) symlinkSync(join(SHARED, 'corpora', name), join(corpora, name));
if (!existsSync(join(corpora, 'seeds'))) symlinkSync(join(SHARED, 'seeds'), join(corpora, 'seeds'));

const rows = [];
let failedAny = false;
try {
  for (const gold of goldFiles) {
    const started = Date.now();
    const run = spawnSync('node', [SCORER, '--corpora', corpora, gold], { encoding: 'utf8', maxBuffer: 1 << 28 });
    const seconds = (Date.now() - started) / 1000;
    if (run.status !== 0) failedAny = true;
    const lines = run.stdout.split('\n');
    for (const line of lines) {
      const story = /^(\S+): (\d+)\/(\d+)$/.exec(line);
      if (story) rows.push({ story: story[1], passed: Number(story[2]), total: Number(story[3]), seconds, failures: [] });
      else if (/^ {2}\S/.test(line) && rows.length) rows.at(-1).failures.push(line.trim());
      else if (/^\S+: the analysis failed/.test(line)) rows.push({ story: line.split(':')[0], passed: 0, total: 1, seconds, failures: [line] });
    }
    if (run.status !== 0 && !lines.some((l) => /^story checks/.test(l))) {
      console.error(`${gold}: the scorer failed:\n${run.stderr.slice(-2000)}`);
    }
  }
} finally {
  rmSync(corpora, { recursive: true, force: true });
}

const verbose = process.env.VERBOSE !== '0';
const width = Math.max(...rows.map((r) => r.story.length), 5);
console.log(`${'story'.padEnd(width)}  passed  total  score`);
for (const r of rows) {
  console.log(`${r.story.padEnd(width)}  ${String(r.passed).padStart(6)}  ${String(r.total).padStart(5)}  ${(r.passed / r.total).toFixed(2)}`);
  if (verbose) for (const f of r.failures) console.log(`${' '.repeat(width)}    ✗ ${f}`);
}
const passed = rows.reduce((n, r) => n + r.passed, 0);
const total = rows.reduce((n, r) => n + r.total, 0);
console.log(`${'total'.padEnd(width)}  ${String(passed).padStart(6)}  ${String(total).padStart(5)}  ${(passed / total).toFixed(2)}`);
process.exit(failedAny ? 1 : 0);
