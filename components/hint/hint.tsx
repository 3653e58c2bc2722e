/**
 * The in-page hint: a compact chip ("Message locked · why?") that opens a small panel with the
 * explanation. Keyboard: Tab reaches the chip, Enter/Space toggles, Escape closes and returns
 * focus to the chip. It never clicks, types or navigates on LinkedIn: its buttons only focus
 * or scroll to LinkedIn's own controls. A class component: the content script carries Preact's
 * core only, not its hooks (1.1 kB of its 20 kB budget).
 */
import { Component, createRef } from 'preact';
import type { MessageRef, Messaging, StepId, Verdict } from '../../lib/evaluator/types';
import { formatKey, formatMessage } from '../../lib/messages/format';
import type { SendKind } from '../../lib/pace/types';
import type { Control } from '../../lib/reader/page-parts';
import { VerdictIcon } from '../icons';
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
}

interface HintState {
  open: boolean;
  saving: boolean;
}

export class Hint extends Component<HintProps, HintState> {
  override state: HintState = { open: false, saving: false };
  private readonly chip = createRef<HTMLButtonElement>();

  private readonly close = () => {
    this.setState({ open: false });
    this.chip.current?.focus();
  };

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

  override render(props: HintProps, { open, saving }: HintState) {
    const { messaging, verdict, unavailable, theme, onDismiss, lastContact, saved, onSave, now } = props;
    const notices = noticesFor(saved, lastContact, now);
    return (
      // biome-ignore lint/a11y/noStaticElementInteractions: Escape closes the panel from anywhere inside the hint
      <div
        class="ll-hint"
        data-theme={theme ?? undefined}
        data-messaging={messaging}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && open) this.close();
        }}
      >
        <button
          ref={this.chip}
          type="button"
          class="ll-chip"
          aria-expanded={open}
          aria-controls="ll-panel"
          onClick={() => this.setState({ open: !open })}
        >
          <VerdictIcon messaging={messaging} />
          <span class="ll-chip-text">{formatKey(`messaging.${messaging}`)}</span>
          {messaging !== 'free' && <span class="ll-chip-why"> · {formatKey('ui.why')}</span>}
          {notices.length > 0 && (
            <>
              <span class="ll-chip-dot" aria-hidden="true" />
              <span class="ll-sr">{formatKey('ui.has-news')}</span>
            </>
          )}
        </button>
        {open && (
          <section
            id="ll-panel"
            class="ll-panel"
            aria-label={formatMessage({ key: 'ui.hint-label', params: { state: formatKey(`messaging.${messaging}`) } })}
          >
            <Notices notices={notices} />
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
                {formatKey('ui.hide-for-profile')}
              </button>
              <button type="button" class="ll-button" onClick={this.close}>
                {formatKey('ui.close')}
              </button>
            </div>
          </section>
        )}
      </div>
    );
  }
}
