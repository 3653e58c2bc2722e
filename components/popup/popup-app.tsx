/**
 * The toolbar popup: the current LinkedIn profile's verdict (the same one the hint shows), or
 * what to do when the tab is not a profile. `popup.html?tab=<id>` shows a given tab, which
 * keeps the popup usable when opened as a page (and in tests).
 */
import { useLayoutEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Verdict } from '../../lib/evaluator/types';
import { formatKey } from '../../lib/messages/format';
import type { PaceSummary } from '../../lib/pace/ledger';
import type { PopupView, TabStatus } from '../../lib/protocol';
import type { SavedPerson } from '../../lib/saved/schema';
import { type SaveFields, SaveForm } from '../hint/save-form';
import { VerdictIcon } from '../icons';
import { Notices, noticesFor } from '../verdict/notices';
import { VerdictDetails } from '../verdict/verdict-details';
import { PaceDashboard } from './pace-dashboard';
import { SavedList } from './saved-list';

interface ReadyView {
  state: 'ready';
  tabId: number | null;
  status: TabStatus | null;
  quiet: boolean;
  pace: PaceSummary | null;
  saved: SavedPerson[];
}

type View = { state: 'loading' } | ReadyView;

const EMPTY_VIEW: ReadyView = { state: 'ready', tabId: null, status: null, quiet: false, pace: null, saved: [] };

async function targetTabId(): Promise<number | null> {
  const requested = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(requested) && requested >= 0 && location.search.includes('tab=')) return requested;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

async function loadView(tabId: number | null): Promise<PopupView | null> {
  return ((await browser.runtime.sendMessage({ type: 'popup-view', tabId })) as PopupView | null) ?? null;
}

function ProfileVerdict({
  status,
  verdict,
  tabId,
  onSaved,
}: {
  status: TabStatus;
  verdict: Verdict;
  tabId: number | null;
  onSaved: () => void;
}) {
  const [saving, setSaving] = useState(false);
  const now = Date.now();
  const notices = noticesFor(status.saved, status.lastContact, now);
  const save = async (fields: SaveFields) => {
    const answer = (await browser.runtime.sendMessage({ type: 'save-tab', tabId, ...fields })) as
      | { ok: boolean; error?: string }
      | undefined;
    if (answer?.ok) onSaved();
    return answer?.ok ? 'saved' : answer?.error === 'list-full' ? 'list-full' : 'failed';
  };
  return (
    <section class="ll-popup-verdict" data-messaging={verdict.messaging} aria-live="polite">
      <p class="ll-headline">
        <VerdictIcon messaging={verdict.messaging} />
        <span>{formatKey(`messaging.${verdict.messaging}`)}</span>
        {status.name && <span class="ll-muted ll-who"> · {status.name}</span>}
      </p>
      <Notices notices={notices} />
      <VerdictDetails
        verdict={verdict}
        headingLevel={2}
        controlFor={(step) =>
          step === 'save-for-later' && tabId !== null && status.slug
            ? { label: formatKey(status.saved ? 'ui.save.update' : 'ui.save.open'), onActivate: () => setSaving(true) }
            : null
        }
      />
      {saving && (
        <SaveForm
          step={verdict.nextSteps.find((s) => s.id !== 'save-for-later')?.id ?? null}
          now={now}
          onSave={save}
          onClose={() => setSaving(false)}
        />
      )}
    </section>
  );
}

function Body({ status, tabId, onSaved }: { status: TabStatus | null; tabId: number | null; onSaved: () => void }) {
  if (status?.status === 'profile' && status.verdict) {
    return <ProfileVerdict status={status} verdict={status.verdict} tabId={tabId} onSaved={onSaved} />;
  }
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

/**
 * Everything the popup shows (the tab's verdict, pace, saved people), or an empty view if the
 * background cannot answer. Started before the first render (entrypoints/popup/main.tsx), so the
 * round trip overlaps Preact's first render and paint instead of waiting for them.
 */
export async function readPopupView(): Promise<ReadyView> {
  try {
    const tabId = await targetTabId().catch(() => null);
    const answer = await loadView(tabId).catch(() => null);
    return {
      state: 'ready',
      tabId,
      status: answer?.status ?? null,
      quiet: answer?.quietMode ?? false,
      pace: answer?.pace ?? null,
      saved: answer?.saved ?? [],
    };
  } catch {
    return EMPTY_VIEW;
  }
}

export function PopupApp({ first }: { first: Promise<ReadyView> }) {
  const [view, setView] = useState<View>({ state: 'loading' });
  const load = () => void readPopupView().then(setView);
  // Subscribed as soon as the first render is in the DOM (not after its paint, as useEffect
  // would): an answer that is already back shows in the first frame.
  useLayoutEffect(() => {
    void first.then(setView);
  }, [first]);

  return (
    <main class="ll-popup" data-ready={view.state === 'ready' ? 'true' : undefined}>
      <h1>LockLens</h1>
      {view.state === 'loading' ? (
        <p class="ll-muted">{formatKey('ui.popup.reading')}</p>
      ) : (
        <Body status={view.status} tabId={view.tabId} onSaved={load} />
      )}
      {view.state === 'ready' && view.quiet && <p class="ll-muted">{formatKey('ui.popup.quiet')}</p>}
      {view.state === 'ready' && view.pace && <PaceDashboard pace={view.pace} />}
      {view.state === 'ready' && <SavedList people={view.saved} now={Date.now()} onChanged={load} />}
      <p class="ll-footnote ll-muted">{formatKey('ui.privacy-line')}</p>
    </main>
  );
}
