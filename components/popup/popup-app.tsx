/**
 * The toolbar popup: the current LinkedIn profile's verdict (the same one the hint shows), or
 * what to do when the tab is not a profile. `popup.html?tab=<id>` shows a given tab, which
 * keeps the popup usable when opened as a page (and in tests).
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Verdict } from '../../lib/evaluator/types';
import { formatKey } from '../../lib/messages/format';
import type { PaceSummary } from '../../lib/pace/ledger';
import type { TabStatus } from '../../lib/protocol';
import { loadSettings } from '../../lib/settings/store';
import { VerdictIcon } from '../icons';
import { VerdictDetails } from '../verdict/verdict-details';
import { PaceDashboard } from './pace-dashboard';

type View =
  | { state: 'loading' }
  | { state: 'ready'; status: TabStatus | null; quiet: boolean; pace: PaceSummary | null };

async function targetTabId(): Promise<number | null> {
  const requested = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(requested) && requested >= 0 && location.search.includes('tab=')) return requested;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

async function loadPace(): Promise<PaceSummary | null> {
  return ((await browser.runtime.sendMessage({ type: 'pace-summary' })) as PaceSummary | null) ?? null;
}

async function loadTabStatus(): Promise<TabStatus | null> {
  const tabId = await targetTabId();
  if (tabId === null) return null;
  return ((await browser.runtime.sendMessage({ type: 'tab-status', tabId })) as TabStatus | null) ?? null;
}

function ProfileVerdict({ verdict }: { verdict: Verdict }) {
  return (
    <section class="ll-popup-verdict" data-messaging={verdict.messaging} aria-live="polite">
      <p class="ll-headline">
        <VerdictIcon messaging={verdict.messaging} />
        <span>{formatKey(`messaging.${verdict.messaging}`)}</span>
      </p>
      <VerdictDetails verdict={verdict} headingLevel={2} />
    </section>
  );
}

function Body({ status }: { status: TabStatus | null }) {
  if (status?.status === 'profile' && status.verdict) return <ProfileVerdict verdict={status.verdict} />;
  if (status?.status === 'unreadable') {
    return (
      <section class="ll-unreadable">
        <p class="ll-headline">{formatKey('ui.unreadable')}</p>
        <p class="ll-muted">{formatKey(`ui.unreadable.${status.reason ?? 'reader-error'}`)}</p>
      </section>
    );
  }
  return <p class="ll-muted ll-empty">{formatKey('ui.popup.empty')}</p>;
}

export function PopupApp() {
  const [view, setView] = useState<View>({ state: 'loading' });
  useEffect(() => {
    Promise.all([loadTabStatus().catch(() => null), loadSettings(), loadPace().catch(() => null)])
      .then(([status, settings, pace]) => setView({ state: 'ready', status, quiet: settings.quietMode, pace }))
      .catch(() => setView({ state: 'ready', status: null, quiet: false, pace: null }));
  }, []);

  return (
    <main class="ll-popup" data-ready={view.state === 'ready' ? 'true' : undefined}>
      <h1>LockLens</h1>
      {view.state === 'loading' ? (
        <p class="ll-muted">{formatKey('ui.popup.reading')}</p>
      ) : (
        <Body status={view.status} />
      )}
      {view.state === 'ready' && view.quiet && <p class="ll-muted">{formatKey('ui.popup.quiet')}</p>}
      {view.state === 'ready' && view.pace && <PaceDashboard pace={view.pace} />}
      <p class="ll-footnote ll-muted">{formatKey('ui.privacy-line')}</p>
    </main>
  );
}
