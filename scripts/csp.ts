/**
 * Runs after `next build` (see package.json "build"): puts the Content-Security-Policy meta tag,
 * with the hashes of its own inline scripts, into every HTML file of the exported site.
 * Usage: tsx scripts/csp.ts [out]
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withContentSecurityPolicy } from '../lib/site/csp';

const dir = process.argv[2] ?? 'out';
const pages = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
if (pages.length === 0) {
  console.error(`csp: no HTML files in ${dir}/; run next build first.`);
  process.exit(1);
}
for (const page of pages) {
  const path = join(dir, page);
  writeFileSync(path, withContentSecurityPolicy(readFileSync(path, 'utf8')));
}
console.log(`csp: Content-Security-Policy added to ${pages.length} HTML files in ${dir}/`);
