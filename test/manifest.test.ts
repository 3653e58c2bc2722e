/**
 * The built manifests keep LockLens's rules: one permission, LinkedIn only, nothing
 * web-accessible, nothing reachable from outside, Firefox's consent keys; and the bundles hold
 * no network API at all. Reads `.output/`, so `npm test` builds before the unit tests.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const OUTPUT = join(import.meta.dirname, '../.output');

function builtManifest(target: string) {
  const file = join(OUTPUT, target, 'manifest.json');
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first.`);
  return JSON.parse(readFileSync(file, 'utf8'));
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
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

  test('has a popup and an options page', () => {
    expect(manifest.action.default_popup).toBe('popup.html');
    expect(manifest.options_ui.page).toBe('options.html');
  });

  test('bundles no network API and no remote code', () => {
    const code = filesUnder(join(OUTPUT, target))
      .filter((file) => /\.(js|html)$/.test(file))
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    for (const api of ['fetch(', 'XMLHttpRequest', 'WebSocket', 'sendBeacon', 'EventSource', 'importScripts']) {
      expect(code.includes(api), `${api} found in the ${target} bundle`).toBe(false);
    }
    expect(code).not.toMatch(/<script[^>]+src=["']https?:/);
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
