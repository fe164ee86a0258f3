import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths';

/** The pipeline's order: a layer may import itself, the layers before it, and the shared base (schema, calendar). */
const LAYERS = ['content', 'extract', 'analysis', 'site', 'render'];
const BASE = new Set(['schema', 'calendar', 'calendar.ts', 'wordnet', 'wordnet.ts']);

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : []));
}

/** The lib/ folder each relative or @/lib import of a file points at. */
function importedLayers(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const targets = [...source.matchAll(/from\s+['"]([^'"]+)['"]/g)].map((m) => m[1]!);
  return targets.flatMap((target) => {
    const resolved = target.startsWith('@/') ? join(ROOT, target.slice(2)) : target.startsWith('.') ? join(file, '..', target) : undefined;
    if (!resolved) return [];
    const path = relative(join(ROOT, 'lib'), resolved);
    return path.startsWith('..') ? [relative(ROOT, resolved).split('/')[0]!] : [path.split('/')[0]!];
  });
}

describe('the pipeline', () => {
  it('imports only go down: content → extract → analysis → site → render, and never into components or app', () => {
    const wrong: string[] = [];
    for (const file of files(join(ROOT, 'lib'))) {
      const layer = relative(join(ROOT, 'lib'), file).split('/')[0]!;
      const rank = LAYERS.indexOf(layer);
      for (const target of importedLayers(file)) {
        if (BASE.has(target) || target === layer) continue;
        const targetRank = LAYERS.indexOf(target);
        if (targetRank === -1 || rank === -1 || targetRank > rank) wrong.push(`${relative(ROOT, file)} imports ${target}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
