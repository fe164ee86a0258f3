import { defineConfig } from '@playwright/test';

/** Debian's Chromium; Playwright never downloads a browser in this project. */
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PORT = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: '.test-reports/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [
    { name: 'js-on', testIgnore: /static-host|determinism/, use: { javaScriptEnabled: true } },
    { name: 'js-off', testIgnore: /static-host|determinism/, use: { javaScriptEnabled: false } },
    // Compares two builds on disk (.test-sites/first-build and out/); opens no page.
    { name: 'builds', testMatch: /determinism\.spec\.ts/ },
    // out/ (and the BASE_PATH=/news build) behind Debian's nginx; starts its own server.
    { name: 'static-host', testMatch: /static-host\.spec\.ts/, use: { javaScriptEnabled: true } },
  ],
  webServer: {
    command: `node scripts/serve.mjs out`,
    env: { PORT: String(PORT) },
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
