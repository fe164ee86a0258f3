import { join } from 'node:path';

/** Where articles are read from; a build can point elsewhere (tests build from fixtures). */
export const CONTENT_DIR = process.env.CONTENT_DIR ?? join(process.cwd(), 'content', 'articles');

export const SITE_NAME = 'Storyline';
export const SITE_TAGLINE = 'One news story, read across its sources';
