/** The user's own LinkedIn account: plan, InMail credits and renewal, Open Profile, and what LinkedIn's page suggests. */
import { PLANS, type Plan } from '../../lib/evaluator/types';
import { formatKey, formatMessage } from '../../lib/messages/format';
import type { Settings } from '../../lib/settings/schema';
import { NumberField } from './number-field';

interface Props {
  settings: Settings;
  detectedPlan: Plan | null;
  save: (change: Partial<Settings>) => void;
  dismissDetected: () => void;
}

export function AccountSection({ settings, detectedPlan, save, dismissDetected }: Props) {
  return (
    <fieldset>
      <legend>{formatKey('ui.options.account')}</legend>
      {detectedPlan && detectedPlan !== settings.plan && (
        <div class="ll-suggestion" role="status">
          <p>{formatMessage({ key: 'ui.options.detected', params: { plan: detectedPlan } })}</p>
          <button type="button" class="ll-button" onClick={() => save({ plan: detectedPlan })}>
            {formatKey('ui.options.use-detected')}
          </button>{' '}
          <button type="button" class="ll-button" onClick={dismissDetected}>
            {formatKey('ui.options.keep-mine')}
          </button>
        </div>
      )}
      <div class="ll-field">
        <label for="plan">{formatKey('ui.options.plan')}</label>
        <select
          id="plan"
          name="plan"
          value={settings.plan}
          onChange={(event) => save({ plan: event.currentTarget.value as Plan })}
        >
          {PLANS.map((plan) => (
            <option key={plan} value={plan}>
              {formatKey(`plan.${plan}`)}
            </option>
          ))}
        </select>
      </div>
      <NumberField
        id="credits"
        label={formatKey('ui.options.credits')}
        hint={formatKey('ui.options.credits-hint')}
        value={settings.inmailCredits}
        min={0}
        max={1000}
        allowEmpty
        onSave={(inmailCredits) => save({ inmailCredits })}
      />
      <NumberField
        id="renewal"
        label={formatKey('ui.options.renewal')}
        value={settings.renewalDay}
        min={1}
        max={31}
        allowEmpty
        onSave={(renewalDay) => save({ renewalDay })}
      />
      <label class="ll-check">
        <input
          type="checkbox"
          name="openProfile"
          checked={settings.openProfile}
          onChange={(event) => save({ openProfile: event.currentTarget.checked })}
        />
        {formatKey('ui.options.open-profile')}
      </label>
    </fieldset>
  );
}
