import { existsSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { startNginx, type RunningNginx } from './nginx';
import { guardPage, type PageGuard } from './page-guard';

/**
 * A site built from a test content folder (scripts/test-all.mjs builds it into `site`), served by
 * nginx for the tests of one spec file. Every page is guarded: no console or page errors, no
 * request to any other origin, and with JavaScript on, no Content-Security-Policy violation.
 */
export function serveFixtureSite(site: string, content: string): { origin: string; guard: PageGuard } {
  let nginx: RunningNginx | undefined;
  const served = { origin: '', guard: undefined as unknown as PageGuard };
  test.beforeAll(async () => {
    if (!existsSync(`${site}/index.html`)) {
      throw new Error(`No site in ${site}/: run "npm test", which builds it from ${content} (see scripts/test-all.mjs).`);
    }
    nginx = await startNginx([{ dir: site, mount: '/' }]);
    served.origin = nginx.origins[0]!;
  });
  test.afterAll(async () => {
    await nginx?.stop();
  });
  test.beforeEach(async ({ page }) => {
    served.guard = await guardPage(page, served.origin);
  });
  test.afterEach(async ({ page, javaScriptEnabled }) => {
    if (javaScriptEnabled) expect(await served.guard.cspViolations(), page.url()).toEqual([]);
    expect(served.guard.problems).toEqual([]);
  });
  return served;
}
