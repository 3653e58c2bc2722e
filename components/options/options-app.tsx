/**
 * The options page: the user's account, limits, features and data. Every change is validated
 * and saved at once; nothing invalid is ever stored. Settings follow the user through sync.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Plan } from '../../lib/evaluator/types';
import { formatKey } from '../../lib/messages/format';
import type { Settings } from '../../lib/settings/schema';
import { loadSettings, saveSettings, watchSettings } from '../../lib/settings/store';
import { detectedPlanItem } from '../../lib/storage/items';
import { clearProblems, loadProblems, type StorageProblem } from '../../lib/storage/problems';
import { AccountSection } from './account-section';
import { DataSection } from './data-section';
import { FeaturesSection } from './features-section';
import { LimitsSection } from './limits-section';
import { StorageProblems } from './storage-problems';

async function loadDetectedPlan(): Promise<Plan | null> {
  return (await detectedPlanItem.getValue())?.plan ?? null;
}

export function OptionsApp() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [detectedPlan, setDetectedPlan] = useState<Plan | null>(null);
  const [saved, setSaved] = useState(false);
  const [saveError, setSaveError] = useState(false);
  const [problems, setProblems] = useState<StorageProblem[]>([]);

  const reload = () => {
    void loadSettings()
      .then(setSettings)
      .then(() => loadProblems().then(setProblems));
    void loadDetectedPlan().then(setDetectedPlan);
  };
  useEffect(() => {
    reload();
    return watchSettings(setSettings);
  }, []);

  const save = (change: Partial<Settings>) => {
    saveSettings(change)
      .then((next) => {
        setSettings(next);
        setSaved(true);
        setSaveError(false);
      })
      .catch(() => {
        setSaveError(true);
        void loadProblems().then(setProblems);
      });
  };

  if (!settings) return <main class="ll-options" aria-busy="true" />;

  return (
    <main class="ll-options" data-ready="true">
      <h1>{formatKey('ui.options.title')}</h1>
      <StorageProblems
        problems={problems}
        onDismiss={() => {
          void clearProblems();
          setProblems([]);
        }}
      />
      <form class="ll-form" onSubmit={(event) => event.preventDefault()}>
        <AccountSection
          settings={settings}
          detectedPlan={detectedPlan}
          save={save}
          dismissDetected={() => {
            void detectedPlanItem.removeValue();
            setDetectedPlan(null);
          }}
        />
        <LimitsSection settings={settings} save={save} />
        <FeaturesSection settings={settings} save={save} />
        <DataSection onChanged={reload} />
      </form>
      <p class={saveError ? 'll-error' : 'll-muted'} aria-live="polite">
        {saveError ? formatKey('ui.options.save-failed') : saved ? formatKey('ui.options.saved') : ''}
      </p>
      <p class="ll-footnote ll-muted">{formatKey('ui.privacy-line')}</p>
    </main>
  );
}
