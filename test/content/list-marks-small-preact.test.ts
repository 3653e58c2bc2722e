/**
 * The list marks' tests again, with `preact` aliased to the content script's small stand-in
 * (lib/content/small-preact.ts), as in the built content script: the panel a mark opens runs on it.
 */
import { vi } from 'vitest';

vi.mock('preact', async () => ({ ...(await vi.importActual<object>('../../lib/content/small-preact')), options: {} }));

await import('./list-marks.test');
