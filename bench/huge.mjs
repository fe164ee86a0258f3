#!/usr/bin/env node
/**
 * npm run bench:huge: one huge article, in four shapes, at a quarter, half and nearly all of the
 * loader's size limit (1 MiB), through the content pipeline (load + analysis, no cache). Reports
 * the time and peak memory per size and how time grows from a quarter to the full size (4× for
 * linear cost). Content from the open web can be this big; nothing in the pipeline may be
 * quadratic in the length of one article. Prose comes from ../shared/corpora/newswire-1997-2005.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { measure } from './measure.mjs';
import { CORPUS_DIR as CORPUS } from './shared.mjs';

const SIZES_KIB = [250, 500, 1000];

const paragraphs = readdirSync(CORPUS)
  .sort()
  .map((f) => readFileSync(join(CORPUS, f), 'utf8'))
  .join('\n\n')
  .split(/\n\s*\n/)
  .map((p) => p.replace(/\s+/g, ' ').trim())
  .filter((p) => p.length > 80);

/** Each shape as an endless generator of lines; the article takes lines until it is big enough. */
const SHAPES = {
  'paragraphs (corpus prose)': function* () {
    for (;;) for (const p of paragraphs) yield `${p}\n\n`;
  },
  'one paragraph': function* () {
    for (;;) for (const p of paragraphs) yield `${p} `;
  },
  'bullet list': function* () {
    for (;;) for (const p of paragraphs) yield `• ${p}\n`;
  },
  'table rows': function* () {
    yield '| Region | Rate | Note |\n|---|---:|---|\n';
    for (let i = 0; ; i++) yield `| Region ${i} | ${(i % 400) / 10}% | ${paragraphs[i % paragraphs.length].split(' ').slice(0, 4).join(' ')} |\n`;
  },
};

function articleOf(shape, kib) {
  let text = 'A headline for one very long article\n\n';
  for (const line of SHAPES[shape]()) {
    if (Buffer.byteLength(text + line) > kib * 1024) break;
    text += line;
  }
  return `${text.trimEnd()}\n`;
}

const rows = [];
for (const shape of Object.keys(SHAPES)) {
  const times = [];
  for (const kib of SIZES_KIB) {
    const dir = join('.bench', 'huge');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'huge.txt'), articleOf(shape, kib));
    const run = measure(`npx tsx scripts/analyze.ts ${dir} > /dev/null`, { STORYLINE_CACHE: 'off' });
    times.push(run);
    console.log(JSON.stringify({ shape, kib, ...run }));
  }
  rows.push({ shape, times });
}
console.log(`\n| shape | ${SIZES_KIB.map((k) => `${k} KiB (s / MiB)`).join(' | ')} | growth ${SIZES_KIB[0]}→${SIZES_KIB.at(-1)} KiB |`);
console.log(`|---|${SIZES_KIB.map(() => '---:').join('|')}|---:|`);
for (const { shape, times } of rows) {
  const cells = times.map((t) => `${t.seconds.toFixed(1)} / ${t.peakMiB.toFixed(0)}`);
  console.log(`| ${shape} | ${cells.join(' | ')} | ${(times.at(-1).seconds / times[0].seconds).toFixed(1)}× |`);
}
