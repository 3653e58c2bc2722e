import { defineConfig } from 'vitest/config';

// Real browsers on the BUILT extension (`npm run build` first). One file at a time: two browsers
// on a two-core machine are enough.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    reporters: ['verbose'],
    // A failed test leaves screenshots of its pages in test-results/e2e-failures/ (harness/failure-screenshots.ts).
    globalSetup: ['test/e2e/harness/global-setup.ts'],
    setupFiles: ['test/e2e/harness/setup.ts'],
  },
});
