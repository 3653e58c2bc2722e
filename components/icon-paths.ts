/**
 * The verdict icons' shapes (16×16 viewBox), shared by the Preact icon (popup) and the hint's chip,
 * which the content script builds without Preact (lib/content/hint-chip.ts).
 */
import type { Messaging } from '../lib/evaluator/types';

export const VERDICT_ICON_PATHS: Record<Messaging, string> = {
  free: 'M6.2 11.4 2.8 8l1.1-1.1 2.3 2.3 5.9-5.9L13.2 4.4z',
  locked: 'M5 7V5a3 3 0 0 1 6 0v2h1v7H4V7zm1.5 0h3V5a1.5 1.5 0 0 0-3 0z',
  unknown:
    'M7.2 10h1.6v1.6H7.2zM8 3a3 3 0 0 1 1.3 5.7c-.4.2-.5.4-.5.8V9H7.2v-.6c0-1 .5-1.6 1.3-2A1.4 1.4 0 1 0 6.6 5H5a3 3 0 0 1 3-2z',
};
