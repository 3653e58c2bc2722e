/**
 * Screenshots of every page a failed end-to-end test left open, so that a failure on a hosted CI
 * machine can be seen and not only read: test/e2e/harness/setup.ts saves them after each failed
 * test into FAILURE_SCREENSHOTS_DIR, which .github/workflows/ci.yml uploads when the run fails.
 * Taking them never fails or slows a run by more than a few seconds: a page that cannot be
 * captured (closed, crashed, hung) is skipped.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { E2ESession, PageShot } from './types';

/** Relative to the repository; emptied at the start of each end-to-end run (git ignores it). */
export const FAILURE_SCREENSHOTS_DIR = 'test-results/e2e-failures';

const ROOT = join(import.meta.dirname, '../../..');
const SHOT_TIMEOUT_MS = 5_000;

const openSessions = new Set<E2ESession>();

/** The session, remembered until it closes, so that a failed test's pages can be found. */
export function tracked(session: E2ESession): E2ESession {
  const own: E2ESession = {
    ...session,
    async close() {
      openSessions.delete(own);
      await session.close();
    },
  };
  openSessions.add(own);
  return own;
}

/** Each page's PNG, skipping those that fail or take longer than a few seconds. */
export async function capturePages<P>(
  pages: P[],
  url: (page: P) => string,
  shot: (page: P) => Promise<Uint8Array>,
): Promise<PageShot[]> {
  const shots: PageShot[] = [];
  for (const page of pages) {
    const timeout = new Promise<null>((resolve) => setTimeout(resolve, SHOT_TIMEOUT_MS, null).unref());
    const png = await Promise.race([shot(page).catch(() => null), timeout]);
    if (png) shots.push({ url: url(page), png });
  }
  return shots;
}

export function clearFailureScreenshots(dir = join(ROOT, FAILURE_SCREENSHOTS_DIR)): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Writes `<test>-<browser>-<n>.png` for every page of every open session; returns the files. */
export async function saveFailureScreenshots(
  testName: string,
  dir = join(ROOT, FAILURE_SCREENSHOTS_DIR),
): Promise<string[]> {
  const stem = testName
    .replace(/[^\w.-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120);
  const files: string[] = [];
  for (const session of openSessions) {
    const shots = await session.screenshots().catch(() => []);
    for (const [index, { url, png }] of shots.entries()) {
      mkdirSync(dir, { recursive: true });
      const file = join(dir, `${stem}-${session.browserName}-${index + 1}.png`);
      writeFileSync(file, png);
      files.push(file);
      console.info(`screenshot of ${url} after the failure: ${file}`);
    }
  }
  return files;
}
