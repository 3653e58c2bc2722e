/**
 * The in-page hint's panel: the explanation behind the chip (lib/content/hint-ui.tsx), rendered
 * only while it is open. The chip itself is plain DOM, so a profile view that nobody opens never
 * runs Preact (its first, cold render would be the costliest thing such a view does). It never clicks, types or navigates on LinkedIn: its buttons only focus or scroll
 * to LinkedIn's own controls. A class component: the content script carries Preact's core only,
 * not its hooks.
 */
import { Component } from 'preact';
import type { MessageRef, Messaging, StepId, Verdict } from '../../lib/evaluator/types';
import { formatKey, formatMessage } from '../../lib/messages/format';
import type { SendKind } from '../../lib/pace/types';
import type { Control } from '../../lib/reader/page-parts';
import { Notices, noticesFor } from '../verdict/notices';
import { VerdictDetails } from '../verdict/verdict-details';
import { type SaveFields, SaveForm, type SaveOutcome } from './save-form';

const STEP_CONTROLS: Partial<Record<StepId, { control: Control; label: string }>> = {
  'connect-from-more-menu': { control: 'more', label: 'ui.show-more-menu' },
  'connect-with-note': { control: 'connect', label: 'ui.show-connect' },
  'connect-without-note': { control: 'connect', label: 'ui.show-connect' },
  'message-now': { control: 'message', label: 'ui.show-message' },
  'try-message-open-profile': { control: 'message', label: 'ui.show-message' },
  'engage-with-posts': { control: 'activity', label: 'ui.show-posts' },
};

/** What the hint shows about one profile, and what its buttons do. */
export interface HintProps {
  /** From the page alone (degree, pending): known the moment the top card is read. */
  messaging: Messaging;
  /** The full verdict (causes and steps, with the viewer's plan and pace) once the background answers. */
  verdict: Verdict | null;
  /** The background could not answer: the chip stays, the panel says so. */
  unavailable?: boolean;
  /** The user's last send to this person (repeat protection). */
  lastContact: { kind: SendKind; at: number } | null;
  /** What changed since the user saved this person, when they did. */
  saved: { savedAt: number; changes: MessageRef[] } | null;
  onSave: (fields: SaveFields) => Promise<SaveOutcome>;
  now: number;
  theme: 'light' | 'dark' | null;
  /** Whether LinkedIn's control for a step is on the page. */
  hasControl: (control: Control) => boolean;
  showControl: (control: Control) => void;
  onDismiss: () => void;
  /** The text of the button that hides this person's hint: on a list card's mark, no profile is open. */
  hideLabel?: 'ui.hide-for-profile' | 'ui.hide-for-person';
}

export interface HintPanelProps extends HintProps {
  /** Closes the panel (and gives the focus back to the chip). */
  onClose: () => void;
}

export const PANEL_ID = 'll-panel';

export class HintPanel extends Component<HintPanelProps, { saving: boolean }> {
  override state = { saving: false };

  private controlFor(step: StepId) {
    const { saved, hasControl, showControl } = this.props;
    if (step === 'save-for-later') {
      return {
        label: formatKey(saved ? 'ui.save.update' : 'ui.save.open'),
        onActivate: () => this.setState({ saving: true }),
      };
    }
    const entry = STEP_CONTROLS[step];
    if (!entry || !hasControl(entry.control)) return null;
    return { label: formatKey(entry.label), onActivate: () => showControl(entry.control) };
  }

  override render(props: HintPanelProps, { saving }: { saving: boolean }) {
    const { messaging, verdict, unavailable, onDismiss, onClose, lastContact, saved, onSave, now, hideLabel } = props;
    return (
      <section
        id={PANEL_ID}
        class="ll-panel"
        aria-label={formatMessage({ key: 'ui.hint-label', params: { state: formatKey(`messaging.${messaging}`) } })}
      >
        <Notices notices={noticesFor(saved, lastContact, now)} />
        {verdict ? (
          <VerdictDetails verdict={verdict} controlFor={(step) => this.controlFor(step)} />
        ) : (
          <p class="ll-pending" role="status">
            {formatKey(unavailable ? 'ui.details-unavailable' : 'ui.details-loading')}
          </p>
        )}
        {saving && verdict && (
          <SaveForm
            step={verdict.nextSteps.find((s) => s.id !== 'save-for-later')?.id ?? null}
            now={now}
            onSave={onSave}
            onClose={() => this.setState({ saving: false })}
          />
        )}
        <div class="ll-panel-actions">
          <button type="button" class="ll-link" onClick={onDismiss}>
            {formatKey(hideLabel ?? 'ui.hide-for-profile')}
          </button>
          <button type="button" class="ll-button" onClick={onClose}>
            {formatKey('ui.close')}
          </button>
        </div>
      </section>
    );
  }
}
