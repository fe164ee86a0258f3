/**
 * vitest globalSetup: runs once per `vitest run`, so a clone without the corpus (SHARED_DIR, see
 * ./paths) says once, at the end of the run, that the corpus sweeps were skipped and why (the
 * tests use `skipIf(!hasCorpus)`).
 */
import { CORPUS_SKIPPED, hasCorpus } from './paths';

export default function setup(): (() => void) | undefined {
  if (hasCorpus) return undefined;
  return () => console.warn(`\n${CORPUS_SKIPPED}\n`);
}
