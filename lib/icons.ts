/**
 * The extension's icons: PNG files shipped as they are from `public/icon/<size>.png` (WXT's
 * convention for static files), rendered once from `assets/icon.svg` by `npm run icons` and
 * committed, so a build needs no image library and gives the same bytes on every machine.
 * wxt.config.ts lists them in the manifests; test/icons.test.ts checks the files against this list.
 */

/** The one drawing every size is rendered from. */
export const ICON_SOURCE = 'assets/icon.svg';

/** Toolbar (16, 32), extensions page (48), Firefox's high-DPI add-ons list (96), the stores (128). */
export const ICON_SIZES = [16, 32, 48, 96, 128] as const;

/** Their folder inside the built extension, and under `public/` in the repository. */
export const ICON_FOLDER = 'icon';

/** An icon's path inside the built extension; under `public/` in the repository. */
export function iconFile(size: number): string {
  return `${ICON_FOLDER}/${size}.png`;
}

/** The manifests' `icons` (and `action.default_icon`): size → file. */
export function manifestIcons(): Record<string, string> {
  return Object.fromEntries(ICON_SIZES.map((size) => [String(size), iconFile(size)]));
}
