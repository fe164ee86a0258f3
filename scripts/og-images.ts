/**
 * Writes every share image (out/og/**.png) after `next build`. Rendering thousands of PNGs is
 * half the build of a large story, so it runs outside Next: split across the machine's cores
 * (one process per core, each taking every n-th card) and cached in .cache/og by a hash of what
 * the card shows, so a rebuild renders only cards that changed.
 *   tsx scripts/og-images.ts [out]            all images, in parallel
 *   tsx scripts/og-images.ts out --part 0/2   one share of them (used by the above)
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { ogCards } from '../lib/site/og-cards';
import { ogImagePng } from '../lib/site/og-image';

const outDir = process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : 'out';
const partArg = process.argv.indexOf('--part');
const CACHE_DIR = process.env.STORYLINE_CACHE === 'off' ? undefined : join(process.env.STORYLINE_CACHE ?? join('.cache', 'extract'), '..', 'og');

/**
 * resvg-js 2.6 keeps each rendered 1200×630 pixmap (3 MB) outside the JavaScript heap without
 * telling V8, so V8 sees no reason to collect and a worker grew by 3.5 MB per card (2.8 GB for
 * 771 cards). Workers run with --expose-gc and collect every few cards; the yield lets the
 * native finalizers that free the pixmaps run.
 */
const COLLECT_EVERY = 25;
async function collectNativeGarbage() {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return;
  gc();
  await new Promise((resolve) => setImmediate(resolve));
}

async function renderPart(part: number, parts: number): Promise<number> {
  const cards = ogCards().filter((_, i) => i % parts === part);
  let rendered = 0;
  for (const { path, card } of cards) {
    const target = join(outDir, path);
    mkdirSync(dirname(target), { recursive: true });
    const key = createHash('sha256').update(JSON.stringify(card)).digest('hex');
    const cached = CACHE_DIR && join(CACHE_DIR, `${key}.png`);
    if (cached && existsSync(cached)) {
      copyFileSync(cached, target);
      continue;
    }
    const png = await ogImagePng(card);
    writeFileSync(target, png);
    if (++rendered % COLLECT_EVERY === 0) await collectNativeGarbage();
    if (cached) {
      mkdirSync(CACHE_DIR!, { recursive: true });
      writeFileSync(`${cached}.${process.pid}.tmp`, png);
      renameSync(`${cached}.${process.pid}.tmp`, cached);
    }
  }
  return rendered;
}

if (partArg !== -1) {
  const [part = 0, parts = 1] = process.argv[partArg + 1]!.split('/').map(Number);
  const rendered = await renderPart(part, parts);
  console.log(`share images: part ${part + 1} of ${parts}: ${rendered} rendered`);
} else {
  const parts = Math.max(1, Math.min(availableParallelism(), 4));
  const started = Date.now();
  const exits = await Promise.all(
    Array.from({ length: parts }, (_, part) =>
      new Promise<number>((resolve) => {
        const child = spawn(process.execPath, [...process.execArgv, '--expose-gc', process.argv[1]!, outDir, '--part', `${part}/${parts}`], { stdio: 'inherit' });
        child.on('exit', (code) => resolve(code ?? 1));
      }),
    ),
  );
  if (exits.some((code) => code !== 0)) {
    console.error('share images: a worker failed');
    process.exit(1);
  }
  console.log(`share images: ${ogCards().length} written to ${outDir}/og in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
