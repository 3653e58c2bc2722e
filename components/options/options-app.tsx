/**
 * The options page: the user's plan and the hint's behaviour. Each change is validated and
 * saved at once; nothing invalid is ever stored.
 */
import { useEffect, useState } from 'preact/hooks';
import { PLANS, type Plan } from '../../lib/evaluator/types';
import { formatKey } from '../../lib/messages/format';
import type { Settings } from '../../lib/settings/schema';
import { loadSettings, saveSettings } from '../../lib/settings/store';

function parseCredits(text: string): number | null | 'invalid' {
  if (text.trim() === '') return null;
  if (!/^\d+$/.test(text.trim())) return 'invalid';
  const value = Number(text);
  return value <= 1000 ? value : 'invalid';
}

export function OptionsApp() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [creditsText, setCreditsText] = useState('');
  const [creditsError, setCreditsError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    loadSettings().then((loaded) => {
      setSettings(loaded);
      setCreditsText(loaded.inmailCredits === null ? '' : String(loaded.inmailCredits));
    });
  }, []);

  const save = async (change: Partial<Settings>) => {
    setSettings(await saveSettings(change));
    setSaved(true);
  };

  if (!settings) return <main class="ll-options" aria-busy="true" />;

  return (
    <main class="ll-options" data-ready="true">
      <h1>LockLens options</h1>
      <form class="ll-form" onSubmit={(event) => event.preventDefault()}>
        <fieldset>
          <legend>Your LinkedIn account</legend>
          <label for="plan">Plan</label>
          <select
            id="plan"
            name="plan"
            value={settings.plan}
            onChange={(event) => void save({ plan: event.currentTarget.value as Plan })}
          >
            {PLANS.map((plan) => (
              <option key={plan} value={plan}>
                {formatKey(`plan.${plan}`)}
              </option>
            ))}
          </select>
          <label for="credits">InMail credits left (leave empty if you do not know)</label>
          <input
            id="credits"
            name="credits"
            inputMode="numeric"
            value={creditsText}
            aria-invalid={creditsError !== null}
            aria-describedby={creditsError ? 'credits-error' : undefined}
            onInput={(event) => {
              const text = event.currentTarget.value;
              setCreditsText(text);
              const credits = parseCredits(text);
              if (credits === 'invalid') {
                setCreditsError('Enter a whole number from 0 to 1000, or leave it empty.');
                return;
              }
              setCreditsError(null);
              void save({ inmailCredits: credits });
            }}
          />
          {creditsError && (
            <p id="credits-error" class="ll-error" role="alert">
              {creditsError}
            </p>
          )}
        </fieldset>
        <fieldset>
          <legend>On LinkedIn</legend>
          <label class="ll-check">
            <input
              type="checkbox"
              name="hintsEnabled"
              checked={settings.hintsEnabled}
              onChange={(event) => void save({ hintsEnabled: event.currentTarget.checked })}
            />
            Show the hint on profiles
          </label>
          <label class="ll-check">
            <input
              type="checkbox"
              name="quietMode"
              checked={settings.quietMode}
              onChange={(event) => void save({ quietMode: event.currentTarget.checked })}
            />
            Quiet mode: insert nothing into LinkedIn's page (the toolbar badge and popup still explain)
          </label>
        </fieldset>
      </form>
      <p class="ll-muted" aria-live="polite">
        {saved ? 'Saved.' : ''}
      </p>
      <p class="ll-footnote ll-muted">{formatKey('ui.privacy-line')}</p>
    </main>
  );
}
