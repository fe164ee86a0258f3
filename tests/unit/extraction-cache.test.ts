import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'extract-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('extraction cache', () => {
  it('computes once per input and returns the stored result afterwards', async () => {
    vi.stubEnv('STORYLINE_CACHE', dir);
    vi.resetModules();
    const { cached } = await import('@/lib/analysis/extraction-cache');
    const compute = vi.fn(() => [{ start: 0, end: 5, text: 'Hello' }]);
    expect(cached('entities', ['Hello world'], compute)).toEqual([{ start: 0, end: 5, text: 'Hello' }]);
    expect(cached('entities', ['Hello world'], compute)).toEqual([{ start: 0, end: 5, text: 'Hello' }]);
    expect(compute).toHaveBeenCalledTimes(1);
    cached('entities', ['Another text'], compute);
    cached('dates', ['Hello world'], compute);
    expect(compute).toHaveBeenCalledTimes(3);
    expect(readdirSync(dir).length).toBeGreaterThan(0);
    vi.unstubAllEnvs();
  });

  it('is off when STORYLINE_CACHE=off', async () => {
    vi.stubEnv('STORYLINE_CACHE', 'off');
    vi.resetModules();
    const { cached } = await import('@/lib/analysis/extraction-cache');
    const compute = vi.fn(() => 1);
    cached('entities', ['x'], compute);
    cached('entities', ['x'], compute);
    expect(compute).toHaveBeenCalledTimes(2);
    vi.unstubAllEnvs();
  });
});
