import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  // WxtVitest does not copy wxt.config.ts's vite plugins: Preact is added here too.
  plugins: [WxtVitest(), preact()],
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
    // Fixtures hold LinkedIn's interop iframe and images: parse them, load nothing.
    environmentOptions: {
      happyDOM: {
        // Tests run as if on LinkedIn, so page detection sees the URLs it would see there.
        url: 'https://www.linkedin.com/feed/',
        settings: {
          // The fixtures' iframe has no src: "loading" it means about:blank, nothing fetched.
          enableIframePageLoading: true,
          disableJavaScriptFileLoading: true,
          disableCSSFileLoading: true,
          handleDisabledFileLoadingAsSuccess: true,
        },
      },
    },
    setupFiles: ['test/setup.ts'],
  },
});
