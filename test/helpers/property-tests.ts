/**
 * The one configuration of every fast-check property in the unit tests (test/setup.ts applies it
 * to each test file). Properties draw a new seed on every run, so a counterexample met once in a
 * full run may never come again: a failed property prints its seed and path on a line of its own
 * and keeps them in test-results/fast-check-failures.jsonl, to replay it with
 * `fc.assert(property, { seed, path })`. And a loaded machine must not fail a property by its time:
 * a file that uses fast-check gets PROPERTY_TIMEOUT_MS per test instead of vitest's 5 s (a test
 * timing out reads like a property failing), and a property still running after
 * INTERRUPT_AFTER_MS stops starting new runs, passes on those it made, and says so.
 */
import { appendFileSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import fc from 'fast-check';
import { expect, vi } from 'vitest';

export const PROPERTY_TIMEOUT_MS = 60_000;
/** Under every property test's timeout (fuzz.test.ts gives its own 30 s). */
export const INTERRUPT_AFTER_MS = 20_000;
const ROOT = join(import.meta.dirname, '../..');
/** Where failed properties are kept (a test of this file points it elsewhere). */
export const failureLog = { file: join(ROOT, 'test-results/fast-check-failures.jsonl') };

function where(): { file: string; test: string } {
  const state = expect.getState();
  return { file: relative(ROOT, state.testPath ?? ''), test: state.currentTestName ?? '' };
}

/** Keeps and prints how to replay a failed property; says when one was cut short by time. */
function onAllRunsComplete(details: fc.RunDetails<unknown>): void {
  const { file, test } = where();
  if (details.failed && details.counterexamplePath !== null) {
    const replay = { seed: details.seed, path: details.counterexamplePath };
    try {
      mkdirSync(dirname(failureLog.file), { recursive: true });
      const at = new Date().toISOString();
      appendFileSync(failureLog.file, `${JSON.stringify({ at, file, test, ...replay, runs: details.numRuns })}\n`);
    } catch {
      // Printed below all the same.
    }
    console.error(
      `fast-check: "${test}" (${file}) failed; replay it with ${JSON.stringify(replay)} ` +
        `(kept in ${relative(ROOT, failureLog.file)})`,
    );
  } else if (details.interrupted) {
    console.warn(
      `fast-check: "${test}" (${file}) stopped after ${details.numRuns} runs at the ${INTERRUPT_AFTER_MS / 1000} s limit ` +
        `(seed ${details.seed}): none failed`,
    );
  }
}

let installed = false;

/** Called by test/setup.ts as each test file starts. */
export function configurePropertyTests(): void {
  if (!installed) {
    installed = true;
    fc.configureGlobal({ interruptAfterTimeLimit: INTERRUPT_AFTER_MS });
    fc.installGlobalPlugin(() => ({ onAllRunsComplete }));
  }
  const file = expect.getState().testPath;
  let source = '';
  try {
    source = file ? readFileSync(file, 'utf8') : '';
  } catch {
    // Not a file on disk: the default timeout stays.
  }
  if (/from ['"]fast-check['"]/.test(source)) vi.setConfig({ testTimeout: PROPERTY_TIMEOUT_MS });
}
