/**
 * The built manifests keep LockLens's rules: one permission, LinkedIn only, nothing
 * web-accessible, nothing reachable from outside, Firefox's consent keys; and the bundles hold
 * no network API at all. Reads `.output/`, so `npm test` builds before the unit tests.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { manifestIcons } from '../lib/icons';
import { REGISTRY } from '../lib/reader/matched-alternative';

const OUTPUT = join(import.meta.dirname, '../.output');
const PUBLIC = join(import.meta.dirname, '../public');

function builtManifest(target: string) {
  const file = join(OUTPUT, target, 'manifest.json');
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first.`);
  return JSON.parse(readFileSync(file, 'utf8'));
}

/**
 * Two `fetch` calls that WXT's shadow-root UI ships but LockLens never reaches: the CSS loader
 * for `cssInjectionMode: 'ui'` (LockLens uses 'manual') and isolated-element's `css.url` branch
 * (LockLens passes CSS text). Both could only read the extension's own files. They are cut out
 * before the check; any other network call fails it.
 */
const UNREACHABLE_WXT_FETCHES = [
  /getURL\(`\/content-scripts\/[\w-]+\.css`\);try\{return await\(await fetch\(\w+\)\)/g,
  /`url`in \w+\?await fetch\(\w+\.url\)/g,
];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** The text of every built file of `target` whose name matches `name`, joined. */
function builtText(target: string, name: RegExp): string {
  return filesUnder(join(OUTPUT, target))
    .filter((file) => name.test(file))
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
}

describe.each(['chrome-mv3', 'firefox-mv3'])('%s manifest', (target) => {
  const manifest = builtManifest(target);

  test('is MV3 with exactly the storage permission and LinkedIn host access', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.permissions).toEqual(['storage']);
    expect(manifest.host_permissions).toEqual(['https://www.linkedin.com/*']);
    expect(manifest.optional_permissions).toBeUndefined();
    expect(manifest.optional_host_permissions).toBeUndefined();
  });

  test('exposes nothing to pages or other extensions', () => {
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
  });

  test('runs content scripts on LinkedIn only', () => {
    const matches = manifest.content_scripts.flatMap((cs: { matches: string[] }) => cs.matches);
    expect(new Set(matches)).toEqual(new Set(['https://www.linkedin.com/*']));
  });

  test('wakes the background as a page starts, with one message and nothing else, then runs the content script', () => {
    const scripts = manifest.content_scripts.map((cs: { run_at: string; js: string[] }) => [cs.run_at, cs.js]);
    expect(scripts).toEqual([
      ['document_start', ['linkedin-wake.js']],
      ['document_idle', ['content-scripts/linkedin.js']],
    ]);
    const wake = readFileSync(join(OUTPUT, target, 'linkedin-wake.js'), 'utf8');
    expect(wake.length).toBeLessThan(1000);
    expect(wake).toContain('"warm-up"');
    expect(wake).not.toMatch(/document|window\.|postMessage|addEventListener/);
  });

  test('has a popup and an options page', () => {
    expect(manifest.action.default_popup).toBe('popup.html');
    expect(manifest.options_ui.page).toBe('options.html');
  });

  test('shows the icons shipped from public/, the same on the toolbar, copied as they are', () => {
    expect(manifest.icons).toEqual(manifestIcons());
    expect(manifest.action.default_icon).toEqual(manifest.icons);
    for (const file of Object.values(manifest.icons as Record<string, string>)) {
      expect(readFileSync(join(OUTPUT, target, file)).equals(readFileSync(join(PUBLIC, file))), file).toBe(true);
    }
  });

  test('bundles no network API and no remote code', () => {
    const code = builtText(target, /\.(js|html)$/);
    const reachable = UNREACHABLE_WXT_FETCHES.reduce((text, pattern) => text.replace(pattern, ''), code);
    for (const api of ['fetch(', 'XMLHttpRequest', 'WebSocket', 'sendBeacon', 'EventSource', 'importScripts']) {
      expect(reachable.includes(api), `${api} found in the ${target} bundle`).toBe(false);
    }
    expect(code).not.toMatch(/<script[^>]+src=["']https?:/);
  });

  test('carries none of the selector registry dates (they are for `npm run explain`)', () => {
    const code = builtText(target, /\.js$/);
    const dates = new Set(Object.values(REGISTRY).flatMap((entry) => entry.map((alternative) => alternative.seen)));
    expect(dates.size).toBeGreaterThan(5);
    for (const seen of dates) expect(code.includes(seen), `"${seen}" in the ${target} bundle`).toBe(false);
  });
});

test('Firefox declares its id and that it collects no data; Chrome carries no gecko key', () => {
  const firefox = builtManifest('firefox-mv3');
  expect(firefox.browser_specific_settings.gecko.id).toMatch(/@/);
  expect(firefox.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
  expect(firefox.background.scripts).toEqual(['background.js']);
  const chrome = builtManifest('chrome-mv3');
  expect(chrome.browser_specific_settings).toBeUndefined();
  expect(chrome.background.service_worker).toBe('background.js');
});

test('the content script injects no stylesheet of its own (its CSS is inlined into the shadow root)', () => {
  const entry = readFileSync(join(import.meta.dirname, '../entrypoints/linkedin.content.ts'), 'utf8');
  expect(entry).toMatch(/cssInjectionMode: 'manual'/);
  for (const target of ['chrome-mv3', 'firefox-mv3']) {
    const scripts = builtManifest(target).content_scripts as { css?: string[] }[];
    expect(scripts.every((cs) => cs.css === undefined)).toBe(true);
  }
});
