// `npm run icons`: renders assets/icon.svg into public/icon/<size>.png for every size in
// lib/icons.ts, and removes any other file there. Run it after changing the SVG or the sizes, and
// commit the PNGs: the build copies them as they are (test/icons.test.ts checks they are current).
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import { ICON_FOLDER, ICON_SIZES, ICON_SOURCE, iconFile } from '../lib/icons';

export const ROOT = join(import.meta.dirname, '..');
export const PUBLIC_DIR = join(ROOT, 'public');

/**
 * One size as PNG: the SVG rasterised at its own size (512 px), then scaled down, which smooths
 * the small sizes. The same steps as @wxt-dev/auto-icons, which rendered them at build until
 * 2026-12, so the shipped icons did not change when they moved to public/.
 */
export function renderIcon(size: number, root = ROOT): Promise<Buffer> {
  return sharp(join(root, ICON_SOURCE)).resize(size).png().toBuffer();
}

async function writeIcons(): Promise<void> {
  const wanted = new Set<string>(ICON_SIZES.map((size) => iconFile(size)));
  mkdirSync(join(PUBLIC_DIR, ICON_FOLDER), { recursive: true });
  for (const name of readdirSync(join(PUBLIC_DIR, ICON_FOLDER))) {
    const file = `${ICON_FOLDER}/${name}`;
    if (!wanted.has(file)) {
      rmSync(join(PUBLIC_DIR, file));
      console.info(`icons: removed public/${file} (no such size in lib/icons.ts)`);
    }
  }
  for (const size of ICON_SIZES) {
    writeFileSync(join(PUBLIC_DIR, iconFile(size)), await renderIcon(size));
    console.info(`icons: public/${iconFile(size)}`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) await writeIcons();
