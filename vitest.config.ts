import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./', import.meta.url)) } },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    // Says once when ../shared is missing and the corpus sweeps are skipped (tests/helpers/paths.ts).
    globalSetup: ['tests/helpers/corpus-notice.ts'],
    // Unit tests always run the extractors; the extraction cache has a test of its own.
    env: { STORYLINE_CACHE: 'off' },
    // No test is timed: a limit only catches a hang, and these machines are shared and noisy
    // (loading WordNet and the city gazetteer alone takes a second under load).
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
