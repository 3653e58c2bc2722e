import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '../..');

/** The folders of the extension's own code, which the static checks scan. */
export const EXTENSION_SOURCE_DIRS = ['lib', 'components', 'entrypoints'] as const;

/** The extension's source files (`.ts`, `.tsx`, `.js`, `.html`…), relative to the repository's root. */
export function extensionSourceFiles(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return walk(path);
      return /\.(?:[cm]?[jt]sx?|html)$/.test(entry.name) ? [path] : [];
    });
  return EXTENSION_SOURCE_DIRS.flatMap(walk);
}
