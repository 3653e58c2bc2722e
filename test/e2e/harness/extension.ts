import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../../..');

/** The BUILT extension: end-to-end tests never run the dev build. */
export function builtExtensionDir(target: 'chrome-mv3' | 'firefox-mv3'): string {
  const dir = join(ROOT, '.output', target);
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`${dir} has no manifest.json: run \`npm run build\` before the end-to-end tests.`);
  }
  return dir;
}

export function geckoId(): string {
  const manifest = JSON.parse(readFileSync(join(builtExtensionDir('firefox-mv3'), 'manifest.json'), 'utf8'));
  return manifest.browser_specific_settings.gecko.id;
}

/** Fails loudly when a browser is missing: a skipped browser is a failed run, never a pass. */
export function requireExecutable(path: string, apt: string): string {
  if (!existsSync(path)) {
    throw new Error(`${path} is missing. Install it with: apt-get update && apt-get install -y ${apt}`);
  }
  return path;
}
