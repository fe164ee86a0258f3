import { spawnSync } from 'node:child_process';

/** Wall time and peak RSS (of the largest process in the tree) of a shell command, via GNU time. */
export function measure(command, extraEnv = {}) {
  const started = Date.now();
  const result = spawnSync('/usr/bin/time', ['-f', '%M', 'sh', '-c', command], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...extraEnv },
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  if (result.status !== 0) {
    process.stderr.write(result.stdout.slice(-4000) + result.stderr.slice(-4000));
    throw new Error(`failed: ${command}`);
  }
  const peakKiB = Number(result.stderr.trim().split('\n').at(-1));
  return { seconds: (Date.now() - started) / 1000, peakMiB: peakKiB / 1024 };
}
