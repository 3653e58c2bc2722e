// @vitest-environment node
/**
 * The icons are static files shipped as they are from public/icon/ (lib/icons.ts): exactly the
 * sizes lib/icons.ts lists, each a PNG of its size, and each the current rendering of
 * assets/icon.svg, so a changed drawing without `npm run icons` fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { ICON_FOLDER, ICON_SIZES, iconFile, manifestIcons } from '../lib/icons';
import { PUBLIC_DIR, renderIcon } from '../scripts/icons';

/**
 * How far a shipped pixel may be from a fresh rendering, per premultiplied channel (0–255): room
 * for another build of the SVG renderer on another machine, below a visible change of colour or
 * shape (measured 0 here). Premultiplied, because the colour of a nearly transparent pixel is noise.
 */
const TOLERANCE = 4;

/** Each pixel's red, green and blue weighted by its alpha, then its alpha. */
async function pixels(png: Uint8Array): Promise<{ width: number; height: number; values: number[] }> {
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  const values: number[] = [];
  for (let i = 0; i < data.length; i += 4) {
    const alpha = data[i + 3] ?? 0;
    for (let c = 0; c < 3; c++) values.push(((data[i + c] ?? 0) * alpha) / 255);
    values.push(alpha);
  }
  return { width: info.width, height: info.height, values };
}

describe('public/icon', () => {
  test('holds one PNG per size in lib/icons.ts, and nothing else', () => {
    const files = readdirSync(join(PUBLIC_DIR, ICON_FOLDER)).map((name) => `${ICON_FOLDER}/${name}`);
    expect(files.sort()).toEqual(ICON_SIZES.map((size) => iconFile(size)).sort());
    expect(Object.values(manifestIcons())).toEqual(ICON_SIZES.map((size) => iconFile(size)));
  });

  test.each(ICON_SIZES)('%i px: a PNG of that size, the current rendering of assets/icon.svg', async (size) => {
    const shipped = readFileSync(join(PUBLIC_DIR, iconFile(size)));
    expect(shipped.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect([shipped.readUInt32BE(16), shipped.readUInt32BE(20)]).toEqual([size, size]);
    const [now, fresh] = await Promise.all([pixels(shipped), pixels(await renderIcon(size))]);
    expect([now.width, now.height]).toEqual([fresh.width, fresh.height]);
    const worst = fresh.values.reduce((most, value, i) => Math.max(most, Math.abs(value - (now.values[i] ?? 0))), 0);
    expect(worst, `public/${iconFile(size)} differs from assets/icon.svg: run \`npm run icons\``).toBeLessThanOrEqual(
      TOLERANCE,
    );
  });
});
