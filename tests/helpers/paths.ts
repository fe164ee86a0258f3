/**
 * Every path the tests read, in one place. The real corpora live beside the repository, in
 * ../shared (or wherever SHARED_DIR points); a clone without them still runs every test that
 * asserts exact results, on the short texts in tests/fixtures, and skips the corpus sweeps.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository (import.meta.url, not __dirname: Playwright loads the e2e specs as ES modules). */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/[\\/]$/, '');
export const SEED_DIR = join(ROOT, 'content', 'articles');
export const FIXTURES_DIR = join(ROOT, 'tests', 'fixtures');
/** Short newswire-like articles written for the tests (invented, not taken from any corpus). */
export const NEWSWIRE_FIXTURE_DIR = join(FIXTURES_DIR, 'newswire');
export const HOSTILE_FIXTURE_DIR = join(FIXTURES_DIR, 'hostile');

/** Real newswire kept beside the repository (never shipped in content/). */
export const SHARED_DIR = process.env.SHARED_DIR ?? join(ROOT, '..', 'shared');
export const CORPUS_DIR = join(SHARED_DIR, 'corpora', 'newswire-1997-2005');
export const WEB_STORIES_DIR = join(SHARED_DIR, 'corpora', 'web-stories');

/** The article files of a folder (.txt and .md, not dot files such as content/articles/.slugs.json), sorted. */
export const articleFiles = (dir: string): string[] => readdirSync(dir).filter((f) => /^[^.].*\.(txt|md)$/.test(f)).sort();

const hasArticles = (dir: string) => existsSync(dir) && articleFiles(dir).length > 0;

/** Whether the newswire corpus is there: the corpus sweeps run only then (`describe.skipIf(!hasCorpus)`). */
export const hasCorpus = hasArticles(CORPUS_DIR);

/** The one line printed when the corpus sweeps are skipped (tests/helpers/corpus-notice.ts). */
export const CORPUS_SKIPPED = `corpus tests skipped: ${CORPUS_DIR} not found (set SHARED_DIR to the folder holding corpora/)`;
