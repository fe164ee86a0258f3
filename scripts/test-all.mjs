#!/usr/bin/env node
/**
 * The one test command: unit tests (vitest), a production build, then browser tests
 * (Playwright on Debian's Chromium). Ends with one line "N passed, N failed" over both runners
 * and exits non-zero when anything failed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const REPORTS = '.test-reports';
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

function run(command, args) {
  console.log(`\n$ ${command} ${args.join(' ')}`);
  return spawnSync(command, args, { stdio: 'inherit', env }).status ?? 1;
}

/** Debian's Chromium, installed with apt when we may; never a browser download of Playwright's own. */
function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  const canApt = process.getuid?.() === 0 && spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (!canApt) {
    console.error(`No Chromium at ${CHROMIUM}: install it with "sudo apt-get install -y chromium" (or set CHROMIUM_PATH), then run npm test again.`);
    process.exit(1);
  }
  console.log(`No Chromium at ${CHROMIUM}; installing Debian's chromium package.`);
  if (run('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium']) !== 0 || !existsSync(CHROMIUM)) {
    console.error('Installing chromium with apt-get failed; install it by hand and run npm test again.');
    process.exit(1);
  }
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });
ensureChromium();

const unitStatus = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${REPORTS}/vitest.json`]);
const unit = readJson(`${REPORTS}/vitest.json`);
let passed = unit?.numPassedTests ?? 0;
let failed = unit?.numFailedTests ?? 0;
if (unitStatus !== 0 && failed === 0) failed += 1; // vitest itself failed (e.g. a file did not load)

const buildStatus = run('npm', ['run', 'build']);
if (buildStatus !== 0) {
  console.error('The site did not build, so the browser tests cannot run.');
  failed += 1;
} else {
  const e2eStatus = run('npx', ['playwright', 'test']);
  const e2e = readJson(`${REPORTS}/playwright.json`)?.stats;
  passed += (e2e?.expected ?? 0) + (e2e?.flaky ?? 0);
  failed += e2e?.unexpected ?? 0;
  if (e2eStatus !== 0 && !e2e?.unexpected) failed += 1; // Playwright itself failed (e.g. no server)
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
