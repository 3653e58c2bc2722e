/**
 * The small panel beside LinkedIn's message box and invitation note: what could be better about
 * the text, and how close the user is to their limits. Advice only: it never blocks sending.
 */
import type { Finding } from '../../lib/composer/types';
import { formatKey, formatMessage } from '../../lib/messages/format';

export interface ComposerPanelProps {
  findings: Finding[];
  /** A pace warning to show even when the text itself is fine. */
  paceLine: string | null;
  onHide: () => void;
}

export function ComposerPanel({ findings, paceLine, onHide }: ComposerPanelProps) {
  const count = findings.length;
  return (
    <section class="ll-check" data-count={count} aria-label={formatKey('ui.composer.label')}>
      <div class="ll-check-head">
        <strong>{formatKey('ui.composer.title')}</strong>
        <span class="ll-check-summary" aria-live="polite">
          {count === 0
            ? formatKey('ui.composer.looks-good')
            : formatMessage({ key: 'ui.composer.count', params: { count } })}
        </span>
        <button type="button" class="ll-link" onClick={onHide}>
          {formatKey('ui.composer.hide')}
        </button>
      </div>
      {(count > 0 || paceLine) && (
        <ul class="ll-findings">
          {findings.map((finding) => (
            <li key={finding.id} data-finding={finding.id} data-severity={finding.severity}>
              <span class="ll-finding-reason">{formatMessage(finding.reason)}</span>
              <span class="ll-finding-suggestion">{formatMessage(finding.suggestion)}</span>
            </li>
          ))}
          {paceLine && (
            <li data-finding="pace" data-severity="warning">
              <span class="ll-finding-reason">{paceLine}</span>
            </li>
          )}
        </ul>
      )}
    </section>
  );
}
