import { vi } from 'vitest';
import type { HintProps } from '../../lib/content/hint-ui';
import type { Verdict } from '../../lib/evaluator/types';

/**
 * Props for the in-page hint around `verdict`, with callbacks that record their calls. The chip's
 * state comes from the page; a test that gives a verdict means the same state, unless it says.
 */
export function hintPropsFor(verdict: Verdict | null, overrides: Partial<HintProps> = {}): HintProps {
  return {
    messaging: verdict?.messaging ?? 'unknown',
    verdict,
    theme: null,
    hasControl: () => true,
    showControl: vi.fn(),
    onDismiss: vi.fn(),
    lastContact: null,
    saved: null,
    onSave: vi.fn(async () => 'saved' as const),
    now: Date.UTC(2026, 10, 21),
    ...overrides,
  };
}
