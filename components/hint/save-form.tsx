/**
 * "Save for later": an optional note and a follow-up date. Only what the user saves here is
 * kept; nothing about the person is stored otherwise. A class component, like the hint: the
 * content script carries Preact's core only, not its hooks (1.1 kB of a 20 kB budget).
 */
import { Component } from 'preact';
import type { StepId } from '../../lib/evaluator/types';
import { formatKey, formatMessage } from '../../lib/messages/format';
import { MAX_NOTE } from '../../lib/saved/bounds';
import { shortDate } from '../verdict/relative-time';

const DAY = 86_400_000;
const FOLLOW_UPS = [0, 3, 7, 14, 30] as const;

export interface SaveFields {
  step: StepId | null;
  note: string;
  followUpAt: number | null;
}

export type SaveOutcome = 'saved' | 'list-full' | 'failed';

interface Props {
  step: StepId | null;
  now: number;
  onSave: (fields: SaveFields) => Promise<SaveOutcome>;
  onClose: () => void;
}

interface State {
  days: number;
  outcome: SaveOutcome | null;
}

export class SaveForm extends Component<Props, State> {
  override state: State = { days: 7, outcome: null };

  override render({ step, now, onSave, onClose }: Props, { days, outcome }: State) {
    const followUpAt = days === 0 ? null : now + days * DAY;

    if (outcome === 'saved') {
      return (
        <p class="ll-saved" role="status">
          {followUpAt
            ? formatMessage({ key: 'ui.save.done-follow-up', params: { date: shortDate(followUpAt) } })
            : formatKey('ui.save.done')}
        </p>
      );
    }
    return (
      <form
        class="ll-save-form"
        onSubmit={(event) => {
          event.preventDefault();
          // Read the fields themselves: the last keystroke may not have reached component state yet.
          const data = new FormData(event.currentTarget);
          const note = String(data.get('note') ?? '').slice(0, MAX_NOTE);
          const chosen = Number(data.get('when') ?? days);
          void onSave({ step, note, followUpAt: chosen > 0 ? now + chosen * DAY : null }).then((result) =>
            this.setState({ outcome: result }),
          );
        }}
      >
        <label for="ll-save-note">{formatKey('ui.save.note')}</label>
        <textarea id="ll-save-note" name="note" maxLength={MAX_NOTE} rows={2} />
        <label for="ll-save-when">{formatKey('ui.save.follow-up')}</label>
        <select
          id="ll-save-when"
          name="when"
          value={String(days)}
          onChange={(e) => this.setState({ days: Number(e.currentTarget.value) })}
        >
          {FOLLOW_UPS.map((n) => (
            <option key={n} value={String(n)}>
              {n === 0
                ? formatKey('ui.save.no-follow-up')
                : formatMessage({ key: 'ui.save.in-days', params: { count: n } })}
            </option>
          ))}
        </select>
        {outcome === 'list-full' && (
          <p class="ll-error" role="alert">
            {formatKey('ui.save.list-full')}
          </p>
        )}
        {outcome === 'failed' && (
          <p class="ll-error" role="alert">
            {formatKey('ui.save.failed')}
          </p>
        )}
        <div class="ll-panel-actions">
          <button type="button" class="ll-link" onClick={onClose}>
            {formatKey('ui.options.cancel')}
          </button>
          <button type="submit" class="ll-button">
            {formatKey('ui.save.save')}
          </button>
        </div>
      </form>
    );
  }
}
