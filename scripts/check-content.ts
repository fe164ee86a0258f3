/**
 * Runs before `next build`: loads and validates every article so that bad content stops the
 * build with one clear message per problem (file:line: problem) before anything is written.
 */
import { ContentErrors } from '../lib/content';
import { getStory } from '../lib/site/story';
import { CONTENT_DIR } from '../lib/site/config';

try {
  const { articles } = getStory();
  console.log(`content: ${articles.length} articles in ${CONTENT_DIR} are valid`);
} catch (error) {
  if (error instanceof ContentErrors) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
