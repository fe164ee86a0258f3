import { join, resolve } from 'node:path';

/**
 * Where the benchmarks find the shared test data: `SHARED_DIR` (the folder holding `corpora/`,
 * `seeds/` and `story-gold/`), else `../shared` beside the repository; `CORPUS_DIR` moves the
 * newswire corpus alone. The same defaults as tests/helpers/paths.ts.
 */
export const SHARED_DIR = resolve(process.env.SHARED_DIR ?? join('..', 'shared'));
export const CORPUS_DIR = process.env.CORPUS_DIR ?? join(SHARED_DIR, 'corpora', 'newswire-1997-2005');
