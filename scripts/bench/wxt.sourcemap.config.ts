/**
 * The production build with hidden source maps, in its own folder, for the bench's attribution of
 * CPU samples and bundle bytes to source functions and modules. `build.sourcemap: 'hidden'` writes
 * the maps without touching the code: run.ts checks the bundles are byte-identical to `.output/`.
 */
import { defineConfig } from 'wxt';
import config from '../../wxt.config';

export default defineConfig({
  ...config,
  outDir: '.output/bench-sourcemap',
  vite: async (env) => {
    const base = (await config.vite?.(env)) ?? {};
    return { ...base, build: { ...base.build, sourcemap: 'hidden' } };
  },
});
