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
  },
});
