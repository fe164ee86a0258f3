/**
 * Run by tests/helpers/determinism.ts in fresh child processes (`tsx tests/helpers/determinism-cli.ts`),
 * so a determinism check compares two separate runs of the pipeline, not one process's memory:
 *   story <dir>...   the story analysis of the articles in the folders, as JSON
 *   og-image <card>  the share image of a card (JSON), as hex
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeStory } from '../../lib/analysis';
import { loadArticles } from '../../lib/content';
import { ogImagePng } from '../../lib/site/og-image';

const [what, ...args] = process.argv.slice(2);

if (what === 'story') {
  const dir = mkdtempSync(join(tmpdir(), 'determinism-'));
  try {
    for (const from of args) cpSync(from, dir, { recursive: true });
    process.stdout.write(JSON.stringify(analyzeStory(loadArticles(dir).articles), null, 1));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
} else if (what === 'og-image') {
  process.stdout.write(Buffer.from(await ogImagePng(JSON.parse(args[0]!))).toString('hex'));
} else {
  console.error('usage: tsx tests/helpers/determinism-cli.ts story <dir>... | og-image <card json>');
  process.exit(2);
}
