/**
 * `npm run release` on a fresh copy of the repository (the files git would commit, with this
 * checkout's node_modules): it writes the three zips, and twice gives the same bytes; web-ext lint
 * passes on the Firefox zip; the Chrome zip, unpacked, loads in Chromium (service worker, popup);
 * and the sources zip builds the very same Firefox zip. Plus the store material it ships with.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CATALOGUES } from '../../lib/messages/catalogues';
import {
  formatLintReport,
  lintFirefox,
  lintPassed,
  type ReleaseZips,
  readZip,
  releaseZips,
  sha256,
  unzipTo,
} from '../../scripts/release-lib';
import { loadExtensionFlags, QUIET_CHROMIUM_FLAGS, routeToFixtures } from './harness/chromium-context';
import { requireExecutable } from './harness/extension';
import { fixtureUrl } from './harness/fixture-server';
import type { ExtensionApi } from './harness/types';

const ROOT = join(import.meta.dirname, '../..');
const LONG = 240_000;
const LANGUAGES = ['en', 'de', 'fr', 'es', 'pt-BR'];

/**
 * The files a fresh clone would have: tracked, plus new ones git does not ignore. Without git
 * (e.g. in the unpacked sources zip): every file but dependencies, build output and dot folders.
 */
function repositoryFiles(): string[] {
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (listed.status === 0) return listed.stdout.split('\0').filter((file) => file && existsSync(join(ROOT, file)));
  const walk = (dir: string): string[] =>
    readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
      const path = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name.startsWith('.') ? [] : walk(path);
      return entry.isFile() ? [path] : [];
    });
  return walk('');
}

function freshCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'locklens-release-'));
  for (const file of repositoryFiles()) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    cpSync(join(ROOT, file), join(dir, file));
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

/** The environment of a plain shell: without what vitest adds (NODE_ENV=test would change the build). */
function shellEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { NO_UPDATE_NOTIFIER: '1' };
  for (const [key, value] of Object.entries(process.env)) {
    if (key !== 'NODE_ENV' && !key.startsWith('VITEST') && key !== 'TEST') env[key] = value;
  }
  return env;
}

function run(cwd: string, command: string, args: string[]): void {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: shellEnv(),
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
}

const hashes = (zips: ReleaseZips) => ({
  chrome: sha256(zips.chrome),
  firefox: sha256(zips.firefox),
  sources: sha256(zips.sources),
});

describe('release', () => {
  let copy: string;
  let zips: ReleaseZips;
  let first: ReturnType<typeof hashes>;
  const temps: string[] = [];
  const temp = (prefix: string) => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    temps.push(dir);
    return dir;
  };

  beforeAll(() => {
    copy = freshCopy();
    temps.push(copy);
  });
  afterAll(() => {
    for (const dir of temps) rmSync(dir, { recursive: true, force: true });
  });

  test(
    'npm run release writes the three zips for package.json’s version, and the same bytes twice',
    () => {
      run(copy, 'npm', ['run', 'release']);
      zips = releaseZips(copy);
      const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
      expect(zips.version).toBe(version);
      first = hashes(zips);
      run(copy, 'npm', ['run', 'release']);
      expect(hashes(zips)).toEqual(first);
      console.info(
        `release ${version}: chrome ${first.chrome}, firefox ${first.firefox}, sources ${first.sources} (twice)`,
      );
      for (const file of [zips.chrome, zips.firefox]) {
        const manifest = JSON.parse(new TextDecoder().decode(readZip(file)['manifest.json']));
        expect(manifest.version).toBe(version);
      }
    },
    LONG,
  );

  test('the zips carry every icon the manifests name, at its size', () => {
    for (const file of [zips.chrome, zips.firefox]) {
      const entries = readZip(file);
      const manifest = JSON.parse(new TextDecoder().decode(entries['manifest.json']));
      expect(Object.keys(manifest.icons).map(Number)).toEqual(expect.arrayContaining([16, 32, 48, 128]));
      expect(manifest.action.default_icon).toEqual(manifest.icons);
      for (const [size, path] of Object.entries(manifest.icons as Record<string, string>)) {
        const png = Buffer.from(entries[path] ?? []);
        expect(png.subarray(1, 4).toString('ascii'), path).toBe('PNG');
        expect([png.readUInt32BE(16), png.readUInt32BE(20)], path).toEqual([Number(size), Number(size)]);
      }
    }
  });

  test('web-ext lint passes on the Firefox zip: no error, no warning outside the allowlist', () => {
    const dir = temp('locklens-firefox-lint-');
    unzipTo(zips.firefox, dir);
    const report = lintFirefox(dir, ROOT);
    console.info(formatLintReport(report));
    expect(report.errors).toEqual([]);
    expect(report.unexpected).toEqual([]);
    expect(lintPassed(report)).toBe(true);
  }, 60_000);

  test(
    'the sources zip holds the build steps and builds the very same Firefox zip',
    () => {
      const dir = temp('locklens-sources-');
      const files = unzipTo(zips.sources, dir);
      expect(files).toEqual(expect.arrayContaining(['package.json', 'package-lock.json', 'wxt.config.ts']));
      expect(files.some((f) => f.startsWith('node_modules/') || f.startsWith('.output/'))).toBe(false);
      const readme = readFileSync(join(dir, 'README.md'), 'utf8');
      expect(readme).toContain(`# LockLens ${zips.version}: sources for review`);
      expect(readme).toContain(first.firefox);
      for (const step of ['npm ci', 'npx wxt build -b firefox --mv3', '.output/firefox-mv3/'])
        expect(readme).toContain(step);
      // `npm ci` would fetch the same locked versions; this checkout's node_modules stands in for it.
      symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
      run(dir, process.execPath, [join(ROOT, 'node_modules/wxt/bin/wxt.mjs'), 'zip', '-b', 'firefox', '--mv3']);
      expect(sha256(releaseZips(dir).firefox)).toBe(first.firefox);
    },
    LONG,
  );

  describe('chromium: the Chrome zip, unpacked and loaded', () => {
    let context: BrowserContext;
    let extensionId: string;

    beforeAll(async () => {
      const executablePath = requireExecutable('/usr/bin/chromium', 'chromium');
      const extensionDir = temp('locklens-chrome-zip-');
      unzipTo(zips.chrome, extensionDir);
      context = await chromium.launchPersistentContext(temp('locklens-chrome-profile-'), {
        executablePath,
        headless: true,
        args: [...loadExtensionFlags(extensionDir), ...QUIET_CHROMIUM_FLAGS],
      });
      await routeToFixtures(context);
    });
    afterAll(async () => {
      await context?.close();
    });

    test('its service worker starts, with the manifest from the zip', async () => {
      const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      extensionId = new URL(worker.url()).host;
      const manifest = await worker.evaluate(
        () => (globalThis as unknown as { browser: ExtensionApi }).browser.runtime.getManifest().version,
      );
      expect(manifest).toBe(zips.version);
    });

    test('its popup renders the verdict of a LinkedIn profile', async () => {
      const profile = await context.newPage();
      await profile.goto(fixtureUrl('third-degree-message-primary.html'), { waitUntil: 'load' });
      await profile.locator('aside-note-card .ll-chip').waitFor();
      const popup = await context.newPage();
      await popup.goto(`chrome-extension://${extensionId}/popup.html`, { waitUntil: 'load' });
      const tabId = await popup.evaluate(async () => {
        const api = (globalThis as unknown as { browser: ExtensionApi }).browser;
        return (await api.tabs.query({ url: 'https://www.linkedin.com/*' }))[0]?.id;
      });
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`, { waitUntil: 'load' });
      await popup.locator('main[data-source="live"][data-complete]').waitFor();
      expect(await popup.locator('h1').textContent()).toBe('LockLens');
      expect(await popup.locator('main').textContent()).toContain('Message locked');
      await Promise.all([profile.close(), popup.close()]);
    });
  });
});

describe('store material', () => {
  const store = join(ROOT, 'docs/store');

  test.each(LANGUAGES)('%s: a short description for Chrome (≤ 132 characters) and a long one', (language) => {
    const text = readFileSync(join(store, `${language}.md`), 'utf8');
    const short = /## Short description\n\n([^\n]+)\n/.exec(text)?.[1] ?? '';
    expect(short.length).toBeGreaterThan(40);
    expect(short.length).toBeLessThanOrEqual(132);
    // Chrome shows the manifest's description as the summary: the two must not drift apart.
    expect(short).toBe(CATALOGUES[language.replace('-', '_')]?.['ext.description']);
    const long = text.split('## Long description')[1] ?? '';
    expect(long.trim().length).toBeGreaterThan(600);
    expect(long.length).toBeLessThanOrEqual(16_000);
  });

  test('screenshots at 1280×800 of the hint, the popup and the options page', () => {
    const dir = join(store, 'screenshots');
    const shots = readdirSync(dir).filter((f) => /^\d-.*\.png$/.test(f));
    expect(shots).toEqual(expect.arrayContaining(['1-hint.png', '2-popup.png', '3-options.png']));
    for (const file of shots) {
      const png = readFileSync(join(dir, file));
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], file).toEqual([1280, 800]);
    }
  });

  test('PRIVACY.md gives a reason for every permission the manifests ask for', () => {
    const privacy = readFileSync(join(ROOT, 'PRIVACY.md'), 'utf8');
    for (const phrase of ['`storage`', '`https://www.linkedin.com/*`', 'data_collection_permissions']) {
      expect(privacy).toContain(phrase);
    }
  });
});
