/**
 * `npm run explain` gives the browser's answer. Every fixture page is loaded in Chromium with the
 * built extension, and what its content script reports (each signal's value and evidence, the
 * owner's name, or why the page could not be read) is compared field by field with what the CLI
 * reads from the same file, through the CLI's own code path (scripts/explain-io.ts with
 * lib/cli/explain.ts). The CLI parses pages with linkedom, which is not a browser: until 2026-12
 * the reader ordered the action row with `compareDocumentPosition`, which linkedom answers from
 * the elements' depths, and the CLI said `followPrimary: false` where Chromium said true.
 *
 * The fixtures are found in test/fixtures/ as the test runs: those listed in profiles.expected.ts
 * are served at their URL; any other that the CLI reads as a profile, at /in/<its slug>/.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runExplain } from '../../lib/cli/explain';
import { EN } from '../../lib/messages/en';
import { useCatalogue } from '../../lib/messages/format';
import type { PageReport } from '../../lib/protocol/schemas';
import { explainIo } from '../../scripts/explain-io';
import { LIST_FIXTURES } from '../fixtures/lists.expected';
import { PAGE_FIXTURES } from '../fixtures/pages';
import { FIXTURE_CASES } from '../fixtures/profiles.expected';
import { clearOverrides, fixtureHtml, requestsNotExplainedByPages, serveInstead } from './harness/fixture-server';
import { launch } from './harness/sessions';
import type { E2EPage, E2ESession, ExtensionApi } from './harness/types';

const FIXTURES = join(import.meta.dirname, '../fixtures');

/** What `npm run explain -- <file> --json` prints, as an object. */
interface ExplainJson {
  page: 'profile' | 'unrecognized';
  reason?: string;
  identity?: { slug: string | null; name: string | null };
  signals?: Record<string, unknown>;
  evidence?: Record<string, string[]>;
}

function explainJson(file: string): ExplainJson {
  const out: string[] = [];
  const err: string[] = [];
  useCatalogue(EN);
  const code = runExplain([join(FIXTURES, file), '--json'], {
    ...explainIo,
    out: (text) => out.push(text),
    err: (text) => err.push(text),
  });
  if (code === 2) throw new Error(`explain ${file}: ${err.join('\n')}`);
  return JSON.parse(out.join('\n')) as ExplainJson;
}

interface PageToCompare {
  file: string;
  url: string;
  /** Served in place of whatever is at `url` (a fixture not listed in profiles.expected.ts). */
  unlisted: boolean;
}

/** The fixture pages to compare, and the files that cannot be (neither listed nor a profile: no URL to serve them at). */
function pagesToCompare(): { pages: PageToCompare[]; unserved: string[] } {
  const listed = new Map(FIXTURE_CASES.map((c) => [c.file, c.url]));
  const pages: PageToCompare[] = [];
  const unserved: string[] = [];
  // Pages that are not profiles (messaging, search results, My Network) have tests of their own.
  const notProfiles = new Set([...PAGE_FIXTURES, ...LIST_FIXTURES].map((page) => page.file));
  for (const file of readdirSync(FIXTURES).filter((name) => name.endsWith('.html') && !notProfiles.has(name))) {
    const url = listed.get(file);
    const slug = url ? null : explainJson(file).identity?.slug;
    if (url) pages.push({ file, url, unlisted: false });
    else if (slug)
      pages.push({ file, url: `https://www.linkedin.com/in/${encodeURIComponent(slug)}/`, unlisted: true });
    else unserved.push(file);
  }
  return { pages: pages.sort((a, b) => a.file.localeCompare(b.file)), unserved };
}

/** How the content script's report and the CLI's answer differ, one line per field; empty when they agree. */
function differences(report: PageReport, cli: ExplainJson): string[] {
  const show = (value: unknown) => JSON.stringify(value) ?? 'nothing';
  if (cli.page !== 'profile' || report.status !== 'profile') {
    // The content script tells a page that is not a profile by its URL; the CLI, without one, by the page.
    const browser = report.status === 'not-profile' ? 'not-a-profile-page' : (report.reason ?? report.status);
    const explained = cli.page === 'profile' ? 'profile' : (cli.reason ?? 'unrecognized');
    return browser === explained ? [] : [`page: browser ${browser}, CLI ${explained}`];
  }
  const lines: string[] = [];
  const name = cli.identity?.name ?? undefined;
  if (report.name !== name?.slice(0, 200)) lines.push(`name: browser ${show(report.name)}, CLI ${show(name)}`);
  const browserSignals = (report.signals ?? {}) as Record<string, { value: unknown; evidence: string[] }>;
  const names = new Set([...Object.keys(browserSignals), ...Object.keys(cli.signals ?? {})]);
  for (const signal of [...names].sort()) {
    const browser = browserSignals[signal];
    const value = cli.signals?.[signal];
    const evidence = cli.evidence?.[signal];
    if (!isDeepStrictEqual(browser?.value, value) || !isDeepStrictEqual(browser?.evidence, evidence)) {
      lines.push(
        `${signal}: browser ${show(browser?.value)} (${browser?.evidence?.join(', ') ?? 'no evidence'}), ` +
          `CLI ${show(value)} (${evidence?.join(', ') ?? 'no evidence'})`,
      );
    }
  }
  return lines;
}

/**
 * Listens, in one of the extension's own pages, to the page reports the content scripts send: a
 * runtime message reaches every extension page as well as the background, which still answers it.
 */
async function listenToReports(ext: E2EPage): Promise<void> {
  await ext.evaluate(() => {
    const page = globalThis as unknown as { browser: ExtensionApi; __reports: unknown[] };
    page.__reports = [];
    page.browser.runtime.onMessage.addListener((message: unknown) => {
      if ((message as { type?: unknown } | null)?.type === 'page-report') page.__reports.push(message);
      return undefined;
    });
  });
}

/** The last page report for `url`; waits up to 20 s (a page without its top card reports after 15 s). */
async function reportFor(ext: E2EPage, url: string): Promise<PageReport> {
  const last = (wanted: string) =>
    (globalThis as unknown as { __reports: { url: string }[] }).__reports.filter((r) => r.url === wanted).at(-1) ??
    null;
  await ext.waitFor(last, url, 20_000);
  return (await ext.evaluate(last, url)) as PageReport;
}

const { pages: PAGES, unserved: UNSERVED } = pagesToCompare();

describe('chromium: npm run explain reads every fixture as the content script does', () => {
  let session: E2ESession;
  let ext: E2EPage;

  beforeAll(async () => {
    session = await launch('chromium');
    ext = await session.openExtensionPage('options.html');
    await listenToReports(ext);
  });
  afterAll(async () => {
    clearOverrides();
    await session?.close();
  });

  test('every fixture page is compared', () => {
    expect(UNSERVED, 'fixtures neither listed in profiles.expected.ts nor read as a profile').toEqual([]);
  });

  test.each(PAGES)('$file', async ({ file, url, unlisted }) => {
    const cli = explainJson(file);
    if (unlisted) serveInstead(url, fixtureHtml(file));
    await ext.evaluate(() => {
      (globalThis as unknown as { __reports: unknown[] }).__reports.length = 0;
    });
    const page = await session.openLinkedIn(url);
    try {
      const report = await reportFor(ext, url);
      expect(differences(report, cli), `${file}: the content script in Chromium and npm run explain disagree`).toEqual(
        [],
      );
    } finally {
      await page.close();
      clearOverrides();
    }
  });

  test('made no network request of its own through all of the above', () => {
    expect(session.requests.filter((r) => r.source === 'service-worker')).toEqual([]);
    const urls = session.requests.map((r) => r.url);
    expect(
      requestsNotExplainedByPages(
        urls,
        PAGES.map((p) => p.file),
      ),
    ).toEqual([]);
  });
});
