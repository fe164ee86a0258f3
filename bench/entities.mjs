#!/usr/bin/env node
/**
 * Entity precision and recall per type against hand-annotated mentions (bench/entities/gold.json):
 * `npm run bench:entities`. The articles are analysed together as one story, as the site would,
 * and each entity mention the story reports (its text, and the type the site shows) is matched
 * to the gold of its article by surface string and type, counted as multisets: a name the gold
 * has three times and the analysis twice is two hits and one miss. Positions are not compared.
 * Gold mentions marked `chrome` (photo credits, newsletter boxes) should not be reported: each
 * one reported is counted as a chrome leak and as a false positive of its type.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SHARED_DIR as SHARED } from './shared.mjs';

const GOLD = process.argv[2] ?? 'bench/entities/gold.json';
if (!existsSync(join(SHARED, 'corpora'))) {
  console.error(`bench:entities needs the corpora at ${SHARED}/corpora (set SHARED_DIR); not found.`);
  process.exit(2);
}

const gold = JSON.parse(readFileSync(GOLD, 'utf8'));
const idOf = (a) => `${a.corpus.replace(/[^a-z0-9]+/gi, '-')}--${a.file}`;
const dir = mkdtempSync(join(tmpdir(), 'storyline-entities-'));
let story;
try {
  for (const a of gold.articles) copyFileSync(join(SHARED, 'corpora', a.corpus, `${a.file}.txt`), join(dir, `${idOf(a)}.txt`));
  const json = execFileSync('npm', ['run', '--silent', 'analyze', '--', dir], {
    env: { ...process.env, STORYLINE_CACHE: 'off' }, maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'ignore'],
  });
  story = JSON.parse(json.toString());
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const TYPES = ['person', 'organization', 'place', 'law', 'agreement', 'other'];
const tally = Object.fromEntries(TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
let chromeGold = 0;
let chromeLeaks = 0;
const count = (map, key) => map.set(key, (map.get(key) ?? 0) + 1);

for (const a of gold.articles) {
  const id = idOf(a);
  const found = new Map();
  for (const e of story.entities) for (const m of e.mentions) if (m.article === id) count(found, `${e.type}\u0000${m.text}`);
  const wanted = new Map();
  const chrome = new Map();
  for (const m of a.mentions) count(m.chrome ? chrome : wanted, m.chrome ? m.text : `${m.type}\u0000${m.text}`);
  chromeGold += [...chrome.values()].reduce((n, c) => n + c, 0);
  for (const [key, n] of found) {
    const [type, text] = key.split('\u0000');
    const hits = Math.min(n, wanted.get(key) ?? 0);
    tally[type].tp += hits;
    tally[type].fp += n - hits;
    const leaked = Math.min(n - hits, chrome.get(text) ?? 0);
    chromeLeaks += leaked;
  }
  for (const [key, n] of wanted) {
    const [type] = key.split('\u0000');
    tally[type].fn += n - Math.min(n, found.get(key) ?? 0);
  }
}

const ratio = (a, b) => (b === 0 ? '–' : (a / b).toFixed(2));
console.log('type          gold  found  precision  recall    F1');
let all = { tp: 0, fp: 0, fn: 0 };
for (const type of TYPES) {
  const { tp, fp, fn } = tally[type];
  all = { tp: all.tp + tp, fp: all.fp + fp, fn: all.fn + fn };
  if (tp + fp + fn === 0) continue;
  const f1 = tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
  console.log(`${type.padEnd(12)} ${String(tp + fn).padStart(5)} ${String(tp + fp).padStart(6)} ${ratio(tp, tp + fp).padStart(10)} ${ratio(tp, tp + fn).padStart(7)} ${f1.toFixed(2).padStart(5)}`);
}
const f1 = (2 * all.tp) / (2 * all.tp + all.fp + all.fn);
console.log(`${'all'.padEnd(12)} ${String(all.tp + all.fn).padStart(5)} ${String(all.tp + all.fp).padStart(6)} ${ratio(all.tp, all.tp + all.fp).padStart(10)} ${ratio(all.tp, all.tp + all.fn).padStart(7)} ${f1.toFixed(2).padStart(5)}`);
console.log(`chrome: ${chromeLeaks} of ${chromeGold} chrome-only mentions reported as entities`);
