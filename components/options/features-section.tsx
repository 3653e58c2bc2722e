/** What LockLens does on LinkedIn and how long it keeps detail. */
import { formatKey } from '../../lib/messages/format';
import type { Settings } from '../../lib/settings/schema';
import { NumberField } from './number-field';

type Toggle = 'hintsEnabled' | 'listMarks' | 'quietMode' | 'composerChecks';
const TOGGLES: Toggle[] = ['hintsEnabled', 'listMarks', 'quietMode', 'composerChecks'];

export function FeaturesSection({ settings, save }: { settings: Settings; save: (change: Partial<Settings>) => void }) {
  return (
    <fieldset>
      <legend>{formatKey('ui.options.features')}</legend>
      {TOGGLES.map((name) => (
        <label class="ll-check" key={name}>
          <input
            type="checkbox"
            name={name}
            checked={settings[name]}
            onChange={(event) => save({ [name]: event.currentTarget.checked })}
          />
          {formatKey(`ui.options.toggle.${name}`)}
        </label>
      ))}
      <NumberField
        id="warnAtPercent"
        label={formatKey('ui.options.warn-at')}
        value={settings.warnAtPercent}
        min={50}
        max={95}
        onSave={(value) => value !== null && save({ warnAtPercent: value })}
      />
      <NumberField
        id="retentionDays"
        label={formatKey('ui.options.retention')}
        hint={formatKey('ui.options.retention-hint')}
        value={settings.retentionDays}
        min={32}
        max={365}
        onSave={(value) => value !== null && save({ retentionDays: value })}
      />
    </fieldset>
  );
}
