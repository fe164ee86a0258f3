/**
 * Determinism checks run the pipeline in separate child processes and compare their output byte
 * for byte: one process repeating itself proves little (a random seed, a clock or module state
 * fixed at start-up would repeat too). The two runs differ in time zone and locale on purpose.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './paths';

const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const CLI = join(ROOT, 'tests', 'helpers', 'determinism-cli.ts');

/** The environments of the two runs: far-apart time zones and different locales. */
export const RUN_ENVS = [
  { TZ: 'UTC', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' },
  { TZ: 'Pacific/Kiritimati', LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8' },
] as const;

function runOnce(args: string[], env: Record<string, string>): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [CLI, ...args], { cwd: ROOT, env: { ...process.env, STORYLINE_CACHE: 'off', ...env } });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(Buffer.concat(out));
      else reject(new Error(`determinism-cli ${args[0]} exited ${code}: ${Buffer.concat(err).toString()}`));
    });
  });
}

/** The CLI's output from two separate processes (run side by side), one per RUN_ENVS entry. */
export function inTwoProcesses(...args: string[]): Promise<Buffer[]> {
  return Promise.all(RUN_ENVS.map((env) => runOnce(args, env)));
}

/** Where two outputs first differ, with a little context; undefined when they are byte-identical. */
export function firstDifference(a: Buffer, b: Buffer): string | undefined {
  if (a.equals(b)) return undefined;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const around = (x: Buffer) => JSON.stringify(x.subarray(Math.max(0, i - 60), i + 60).toString('utf8'));
  return `first difference at byte ${i} of ${a.length} / ${b.length}:\n  ${around(a)}\n  ${around(b)}`;
}
