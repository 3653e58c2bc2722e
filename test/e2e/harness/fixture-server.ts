/**
 * Serves `https://www.linkedin.com/...` from the HTML fixtures, offline. Each fixture's URL is
 * in test/fixtures/profiles.expected.ts (profiles) or test/fixtures/pages.ts (other pages); any
 * other LinkedIn URL gets an empty 404, and every other host is aborted (the tests run with no
 * network at all).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAGE_FIXTURES } from '../../fixtures/pages';
import { FIXTURE_CASES } from '../../fixtures/profiles.expected';

const FIXTURE_DIR = join(import.meta.dirname, '../../fixtures');
const htmlCache = new Map<string, string>();

export type FixtureResponse = { kind: 'html'; body: string } | { kind: 'not-found' } | { kind: 'abort' };

function urlKey(url: string): string | null {
  try {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname}`;
  } catch {
    return null;
  }
}

const ALL_FIXTURES = [...FIXTURE_CASES, ...PAGE_FIXTURES];
const filesByUrl = new Map(ALL_FIXTURES.map((c) => [urlKey(c.url), c.file]));
/** Pages a test serves instead of the fixture at that URL (the same person, later). */
const overrides = new Map<string, string>();

export function serveInstead(url: string, html: string): void {
  const key = urlKey(url);
  if (key) overrides.set(key, html);
}

export function clearOverrides(): void {
  overrides.clear();
}

export function fixtureHtml(file: string): string {
  let html = htmlCache.get(file);
  if (html === undefined) {
    html = readFileSync(join(FIXTURE_DIR, file), 'utf8');
    htmlCache.set(file, html);
  }
  return html;
}

export function respondTo(url: string): FixtureResponse {
  const key = urlKey(url);
  const override = key ? overrides.get(key) : undefined;
  if (override) return { kind: 'html', body: override };
  const file = key ? filesByUrl.get(key) : undefined;
  if (file) return { kind: 'html', body: fixtureHtml(file) };
  if (key?.startsWith('https://www.linkedin.com/')) return { kind: 'not-found' };
  return { kind: 'abort' };
}

export function fixtureUrl(file: string): string {
  const found = ALL_FIXTURES.find((c) => c.file === file);
  if (!found) throw new Error(`No fixture named ${file} in test/fixtures/profiles.expected.ts or pages.ts`);
  return found.url;
}

/**
 * Requests the extension itself made: everything except the fixture documents, resources the
 * fixture HTML names itself (its images), and the browser's own favicon fetch.
 */
export function requestsNotExplainedByPages(urls: readonly string[], servedFiles: readonly string[]): string[] {
  const served = servedFiles.map(fixtureHtml).join('\n').replaceAll('&amp;', '&');
  return urls.filter((url) => {
    if (url === 'https://www.linkedin.com/favicon.ico') return false;
    const key = urlKey(url);
    if (key && filesByUrl.has(key)) return false;
    return !served.includes(url);
  });
}
