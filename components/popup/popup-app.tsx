import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { TabStatus } from '../../lib/protocol';

type View = { state: 'loading' } | { state: 'ready'; status: TabStatus | null };

async function loadActiveTabStatus(): Promise<TabStatus | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return null;
  const reply = await browser.runtime.sendMessage({ type: 'tab-status', tabId: tab.id });
  return (reply as TabStatus | null) ?? null;
}

export function PopupApp() {
  const [view, setView] = useState<View>({ state: 'loading' });
  useEffect(() => {
    loadActiveTabStatus()
      .then((status) => setView({ state: 'ready', status }))
      .catch(() => setView({ state: 'ready', status: null }));
  }, []);

  return (
    <main class="ll-popup" data-ready={view.state === 'ready' ? 'true' : undefined}>
      <h1>LockLens</h1>
      {view.state === 'loading' ? (
        <p class="ll-muted">Loading…</p>
      ) : view.status?.status === 'profile' ? (
        <p>Reading this LinkedIn profile.</p>
      ) : (
        <p class="ll-muted">Open someone's LinkedIn profile to see why messaging is locked and what to do next.</p>
      )}
      <p class="ll-footnote ll-muted">Everything LockLens reads and counts stays on this device.</p>
    </main>
  );
}
