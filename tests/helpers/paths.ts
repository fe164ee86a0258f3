import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');
export const SEED_DIR = join(ROOT, 'content', 'articles');
/** Real newswire kept beside the repository (never shipped in content/). */
export const SHARED_DIR = process.env.SHARED_DIR ?? join(ROOT, '..', 'shared');
export const CORPUS_DIR = join(SHARED_DIR, 'corpora', 'newswire-1997-2005');
