/** The shared fast-check configuration (test/helpers/property-tests.ts): seeds kept, time enough. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, expect, test, vi } from 'vitest';
import { failureLog, INTERRUPT_AFTER_MS, PROPERTY_TIMEOUT_MS } from './helpers/property-tests';

const kept = failureLog.file;
afterEach(() => {
  failureLog.file = kept;
  vi.restoreAllMocks();
});

test('a failed property prints its seed and path, keeps them, and replays from them', () => {
  const dir = mkdtempSync(join(tmpdir(), 'locklens-fc-'));
  failureLog.file = join(dir, 'failures.jsonl');
  const printed = vi.spyOn(console, 'error').mockImplementation(() => {});
  const property = fc.property(fc.nat(1000), (n) => n < 500);
  try {
    expect(() => fc.assert(property)).toThrow(/seed: -?\d+, path: "[\d:]+"/);
    const [line] = readFileSync(failureLog.file, 'utf8').trim().split('\n');
    const record = JSON.parse(line ?? '{}');
    expect(record).toMatchObject({
      file: 'test/property-tests.test.ts',
      test: expect.stringContaining('a failed property prints its seed'),
      seed: expect.any(Number),
      path: expect.any(String),
    });
    expect(printed).toHaveBeenCalledWith(expect.stringContaining(`"seed":${record.seed}`));
    // The kept seed and path give the same counterexample at once.
    const replay = fc.check(property, { seed: record.seed, path: record.path, endOnFailure: true });
    expect(replay.counterexample).toEqual([500]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a file using fast-check has time enough, and properties stop before it runs out', ({ task }) => {
  expect(task.timeout).toBe(PROPERTY_TIMEOUT_MS);
  expect(fc.readConfigureGlobal().interruptAfterTimeLimit).toBe(INTERRUPT_AFTER_MS);
  expect(INTERRUPT_AFTER_MS).toBeLessThan(30_000);
});
