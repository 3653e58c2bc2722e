/** Inline SVG icons: nothing is loaded from the extension, so no extension URL reaches the page. */
import type { Messaging } from '../lib/evaluator/types';
import { VERDICT_ICON_PATHS } from './icon-paths';

export function VerdictIcon({ messaging }: { messaging: Messaging }) {
  return (
    <svg class="ll-icon" viewBox="0 0 16 16" aria-hidden="true">
      <path d={VERDICT_ICON_PATHS[messaging]} fill="currentColor" />
    </svg>
  );
}
