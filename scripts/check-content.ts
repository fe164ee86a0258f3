/**
 * Runs before `next build`: loads and validates every article so that bad content stops the
 * build with one clear message per problem (file:line: problem) before anything is written.
 * A site from an earlier build is removed too, so a failed build never leaves a site behind
 * that looks like its result.
 */
import { rmSync } from 'node:fs';
import { ContentErrors } from '../lib/content';
import { CONTENT_DIR } from '../lib/site/config';
import { getStory } from '../lib/site/story';

const OUTPUT_DIR = 'out';

try {
  const { articles } = getStory();
  console.log(`content: ${articles.length} articles in ${CONTENT_DIR} are valid`);
} catch (error) {
  if (!(error instanceof ContentErrors)) throw error;
  rmSync(OUTPUT_DIR, { recursive: true, force: true });
  console.error(`${error.message}\nThe build stopped before writing anything; ${OUTPUT_DIR}/ was removed.`);
  process.exit(1);
}
