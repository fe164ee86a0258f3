/**
 * Runs before `next build`: loads and validates every article so that bad content stops the
 * build with one clear message per problem (file:line: problem) before anything is written.
 * A site from an earlier build is removed too, so a failed build never leaves a site behind
 * that looks like its result. The slugs of new articles are recorded in the content folder's
 * `.slugs.json`, so their permalinks stay theirs when later articles repeat a title.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { ContentErrors, recordSlugs, SLUG_REGISTRY } from '../lib/content';
import { CONTENT_DIR } from '../lib/site/config';
import { loadContent } from '../lib/site/data';

const OUTPUT_DIR = 'out';

try {
  const { articles } = loadContent();
  console.log(`content: ${articles.length} articles in ${CONTENT_DIR} are valid`);
  recordNewSlugs(new Map(articles.map((a) => [a.id, a.slug])));
} catch (error) {
  if (!(error instanceof ContentErrors)) throw error;
  rmSync(OUTPUT_DIR, { recursive: true, force: true });
  console.error(`${error.message}\nThe build stopped before writing anything; ${OUTPUT_DIR}/ was removed.`);
  process.exit(1);
}

function recordNewSlugs(slugs: Map<string, string>) {
  const registry = join(CONTENT_DIR, SLUG_REGISTRY);
  try {
    const added = recordSlugs(CONTENT_DIR, slugs);
    if (added.length > 0) console.log(`content: recorded the slugs of ${added.length} new article(s) in ${registry}; commit it with them`);
  } catch (error) {
    // A read-only content folder still builds; its new permalinks are just not pinned yet.
    console.warn(`content: could not write ${registry} (${(error as Error).message}); slugs of new articles are not recorded`);
  }
}
