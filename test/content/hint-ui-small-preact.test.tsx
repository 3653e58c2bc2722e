/**
 * The in-page hint's tests again, with `preact` aliased to the content script's small stand-in
 * (lib/content/small-preact.ts), as in the built content script.
 */
import { expect, test, vi } from 'vitest';

vi.mock('preact', async () => ({ ...(await vi.importActual<object>('../../lib/content/small-preact')), options: {} }));

test('the hint runs on the small stand-in here', async () => {
  const { render } = await import('preact');
  expect(render).toBe((await import('../../lib/content/small-preact')).render);
});

await import('./hint-ui.test');
