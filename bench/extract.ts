/**
 * Time the three extractors over every newswire corpus article, side by side
 * with bare compromise (people/places/organizations), and report peak memory.
 *   npm run bench:extract
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import { extractDates, extractEntities, extractFigures, inferReferenceDate } from '@/lib/extract';
import { CORPUS_DIR as CORPUS } from './shared.mjs';

const texts = readdirSync(CORPUS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(CORPUS, f), 'utf8'));

let peakRss = process.memoryUsage().rss;
const samplePeak = () => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
};

function time(run: (text: string) => number): { times: number[]; count: number } {
  const times: number[] = [];
  let count = 0;
  for (const text of texts) {
    const t0 = performance.now();
    count += run(text);
    times.push(performance.now() - t0);
    samplePeak();
  }
  return { times, count };
}

function stats(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { mean: times.reduce((a, b) => a + b, 0) / times.length, p50: at(0.5), p95: at(0.95) };
}

// The extractors share one parse per text through a one-entry cache, so every text is new here.
const ours = (text: string) => {
  const ref = inferReferenceDate(text)?.value;
  return extractEntities(text).length + extractDates(text, { referenceDate: ref }).length + extractFigures(text).length;
};
const baseline = (text: string) => {
  const doc = nlp(text);
  return doc.people().json().length + doc.places().json().length + doc.organizations().json().length;
};

// Warm up the JIT on a few texts before measuring.
for (const text of texts.slice(0, 20)) {
  ours(`${text} `);
  baseline(text);
}

const rows = [
  ['lib/extract (entities + dates + figures + reference date)', time(ours)],
  ['compromise baseline (people + places + organizations)', time(baseline)],
] as const;

const chars = texts.reduce((n, t) => n + t.length, 0) / texts.length;
console.log(`\n${texts.length} articles, ${chars.toFixed(0)} characters on average\n`);
console.log('| pipeline | mean ms/article | p50 ms | p95 ms | mentions |');
console.log('|---|---:|---:|---:|---:|');
for (const [name, { times, count }] of rows) {
  const s = stats(times);
  console.log(`| ${name} | ${s.mean.toFixed(2)} | ${s.p50.toFixed(2)} | ${s.p95.toFixed(2)} | ${count} |`);
}
const maxRssKb = process.resourceUsage().maxRSS;
console.log(`\npeak RSS: ${(peakRss / 2 ** 20).toFixed(0)} MiB sampled, ${(maxRssKb / 1024).toFixed(0)} MiB maxRSS`);
