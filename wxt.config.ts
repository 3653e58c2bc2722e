import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { manifestIcons } from './lib/icons';
import { CATALOGUES, DEFAULT_LOCALE } from './lib/messages/catalogues';
import { toChromeMessages } from './lib/messages/chrome-messages';

/** LockLens's content-script context, used instead of WXT's in that build (see the hook below). */
const CONTENT_CONTEXT = 'lib/content/script-context.ts';
/** The part of Preact the content script uses, in a fraction of its size (see that file). */
const SMALL_PREACT = 'lib/content/small-preact.ts';

/** The unlisted script that wakes the background as a LinkedIn page starts (listed in the manifest below). */
const WAKE_SCRIPT = 'linkedin-wake';
/** The popup's script, built on its own as one file that popup.html loads (entrypoints/popup-script.tsx). */
const POPUP_SCRIPT = 'popup-script';
/** The chunks that get a second minifier pass (see terserAfterMinify): the background's and the content script's. */
const TWICE_MINIFIED = ['background.js', 'content-scripts/linkedin.js'];

/**
 * Terser's compressor run over a chunk that has already been minified once: each pass finds what
 * the other leaves (on the background, Vite's minifier then terser: 41.3 → 40.6 kB gzip; on the
 * content script, terser then terser again: 20.51 → 20.44 kB, 2026-12). Deterministic, as the
 * release's reproducible zips need.
 */
function terserAfterMinify(fileNames: readonly string[]): Plugin {
  return {
    name: 'locklens:terser-after-minify',
    apply: 'build',
    async generateBundle(_options, bundle) {
      for (const fileName of fileNames) {
        const chunk = bundle[fileName];
        if (chunk?.type !== 'chunk') continue;
        const { minify } = await import('terser');
        // The bench's build with hidden source maps (scripts/bench/wxt.sourcemap.config.ts) keeps
        // a map that still points at the sources after this pass.
        const map = bundle[`${fileName}.map`];
        const sourceMap = map?.type === 'asset' ? { content: String(map.source) } : undefined;
        const result = await minify(chunk.code, { compress: { passes: 2 }, ...(sourceMap ? { sourceMap } : {}) });
        chunk.code = result.code ?? chunk.code;
        if (map?.type === 'asset' && typeof result.map === 'string') map.source = result.map;
      }
    },
  };
}

/**
 * Leaves out of a page the empty module WXT adds to every page for its runtime plugins (LockLens has
 * none): a page whose own script is a classic one (popup.html, see entrypoints/popup-script.tsx)
 * would otherwise load an empty module before its first frame. The chunk stays for the pages that
 * import it.
 */
function skipEmptyPageModules(): Plugin {
  return {
    name: 'locklens:skip-empty-page-modules',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const files = Object.values(bundle);
      const empty = files.filter((file) => file.type === 'chunk' && file.code.trim() === '');
      for (const file of files) {
        if (file.type !== 'asset' || !file.fileName.endsWith('.html')) continue;
        file.source = empty.reduce(
          (html, chunk) =>
            html.replace(new RegExp(`\\s*<script type="module"[^>]*src="/${chunk.fileName}"></script>`), ''),
          String(file.source),
        );
      }
    },
  };
}

// https://wxt.dev/api/config.html
export default defineConfig({
  // Explicit imports everywhere: every name in the code can be traced to its module.
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  // Firefox is built as MV3 on purpose (WXT defaults Firefox to MV2); `npm run build` passes --mv3.
  manifestVersion: 3,
  vite: () => ({
    plugins: [preact(), terserAfterMinify(TWICE_MINIFIED), skipEmptyPageModules()],
    // The selector registry's dates are for `npm run explain`, not for the extension (lib/reader/selectors.ts).
    define: { __SELECTOR_DATES__: 'false' },
    // Vite's modulepreload polyfill calls fetch(): extension pages need no polyfill, and the
    // bundle then holds no network call at all (checked by test/manifest.test.ts).
    // CSS for the browsers LockLens supports (manifest minimums): light-dark() stays as written
    // instead of a longer fallback.
    build: { modulePreload: { polyfill: false }, cssTarget: ['chrome123', 'firefox140'] },
  }),
  // Texts ship as the browser's own _locales files, generated from lib/messages: none of them is
  // bundled into a script, and browser.i18n picks the user's language.
  hooks: {
    // The content script's build (and the wake-up script's, entrypoints/linkedin-wake.ts) differs
    // in three ways, all for its place in LinkedIn's page:
    // - it uses the browser's own promise-based API (MV3 in Chrome and Firefox alike:
    //   runtime.sendMessage, storage, i18n) instead of webextension-polyfill, 2.7 kB of its 20 kB
    //   gzip budget;
    // - WXT's ContentScriptContext is replaced by lib/content/script-context.ts: WXT's dispatches
    //   DOM events named after the extension's id, which a page can listen for (see that file);
    // - Preact is lib/content/small-preact.ts, the part of it the content script's panels use.
    // The extension pages (popup and its script, options) only send messages and read storage: they
    // too use the browser's own promise-based API, and the popup opens without parsing the polyfill first. The
    // background keeps it: its message listeners answer by returning a promise.
    'vite:build:extendConfig': (entrypoints, viteConfig) => {
      const inLinkedIn = (entrypoint: (typeof entrypoints)[number]) =>
        entrypoint.type === 'content-script' || entrypoint.name === WAKE_SCRIPT;
      const alias = viteConfig.resolve?.alias ?? [];
      const entries = Array.isArray(alias)
        ? alias
        : Object.entries(alias).map(([find, replacement]) => ({ find, replacement: String(replacement) }));
      const withoutPolyfill = entries.filter((entry) => entry.find !== 'wxt/browser');
      const extensionPage = (entrypoint: (typeof entrypoints)[number]) =>
        entrypoint.type === 'popup' || entrypoint.type === 'options' || entrypoint.name === POPUP_SCRIPT;
      if (entrypoints.every(extensionPage)) {
        viteConfig.resolve = { ...viteConfig.resolve, alias: withoutPolyfill };
        return;
      }
      if (!entrypoints.every(inLinkedIn)) return;
      // Terser packs this bundle ~4 % tighter than Vite's default minifier (measured 2026-11).
      viteConfig.build = { ...viteConfig.build, minify: 'terser', terserOptions: { compress: { passes: 2 } } };
      viteConfig.resolve = {
        ...viteConfig.resolve,
        alias: [
          ...withoutPolyfill,
          { find: 'wxt/utils/content-script-context', replacement: resolve(import.meta.dirname, CONTENT_CONTEXT) },
          // Preact's core (4.4 kB gzip) gives way to the subset the content script uses.
          {
            find: /^preact(?:\/jsx-runtime|\/jsx-dev-runtime)?$/,
            replacement: resolve(import.meta.dirname, SMALL_PREACT),
          },
        ],
      };
    },
    'build:publicAssets': (_wxt, files) => {
      for (const [locale, catalogue] of Object.entries(CATALOGUES)) {
        files.push({
          relativeDest: `_locales/${locale}/messages.json`,
          contents: JSON.stringify(toChromeMessages(catalogue), null, 2),
        });
      }
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_ext_name__',
    description: '__MSG_ext_description__',
    default_locale: DEFAULT_LOCALE,
    // storage: settings, the pace ledger and saved people, kept in the browser (sync where it should follow the user).
    // Nothing else: no tabs, no scripting, no notifications, no web_accessible_resources.
    permissions: ['storage'],
    // CSS light-dark() (123); AbortSignal.any (116).
    ...(browser === 'firefox' ? {} : { minimum_chrome_version: '123' }),
    host_permissions: ['https://www.linkedin.com/*'],
    // The background's wake-up call as a LinkedIn page starts (entrypoints/linkedin-wake.ts); the
    // content script itself (entrypoints/linkedin.content.ts) comes at document_idle.
    content_scripts: [{ matches: ['https://www.linkedin.com/*'], run_at: 'document_start', js: [`${WAKE_SCRIPT}.js`] }],
    // The icons are copied as they are from public/icon/ (lib/icons.ts); the toolbar uses the same files.
    icons: manifestIcons(),
    action: { default_title: 'LockLens', default_icon: manifestIcons() },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'locklens@locklens.dev',
              strict_min_version: '140.0',
              // Nothing leaves the device, so nothing is collected.
              data_collection_permissions: { required: ['none'] },
            },
            // data_collection_permissions exists on Android from 142 (140 on desktop).
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
