/**
 * The toolbar popup: the user's pace at a glance, then the current LinkedIn profile's verdict (the
 * same one the hint shows), or what to do when the tab is not a profile; the user's full pace and
 * saved people below it.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Verdict } from '../../lib/evaluator/types';
import { formatKey } from '../../lib/messages/format';
import { saveOutcome, type TabStatus } from '../../lib/protocol/answers';
import { ask } from '../../lib/protocol/ask';
import { afterNextFrame } from '../after-next-frame';
import { type SaveFields, SaveForm } from '../hint/save-form';
import { VerdictIcon } from '../icons';
import { Notices, noticesFor } from '../verdict/notices';
import { VerdictDetails } from '../verdict/verdict-details';
import { OwnProfileSection } from './own-profile-section';
import { PaceDashboard } from './pace-dashboard';
import { PaceLine } from './pace-line';
import { askPopupView, type ReadyView } from './read-popup-view';
import { SavedList } from './saved-list';

type View = { state: 'loading' } | ReadyView;

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
    const answer = tabId === null ? null : await ask({ type: 'save-tab', tabId, ...fields }).catch(() => null);
    if (answer?.ok) onSaved();
    return saveOutcome(answer);
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
 * `live`: the background's answer; `early`: the view kept for the popup, shown until that answer
 * comes (null when there is none to show).
 */
export function PopupApp({ live, early }: { live: Promise<ReadyView>; early: Promise<ReadyView | null> }) {
  const [view, setView] = useState<View>({ state: 'loading' });
  /** "Show N more" was pressed and everyone is on the way. */
  const [fetchingAll, setFetchingAll] = useState(false);
  // Once the user asked to see every saved person, every later answer brings them all.
  const allSaved = useRef(false);
  // Only the newest request's answer is shown: an older one (a reload started just before "Show N
  // more", or the first answer after it) would take the revealed people back.
  const latest = useRef(0);
  const read = () => {
    const request = ++latest.current;
    const tabId = Promise.resolve(view.state === 'ready' ? view.tabId : null);
    void askPopupView(tabId, allSaved.current).then((answer) => {
      if (request !== latest.current) return;
      // No answer (the background is gone, as when the extension updates): keep what is shown.
      if (answer) setView(answer);
      setFetchingAll(false);
    });
  };
  const showAllSaved = () => {
    if (fetchingAll) return;
    allSaved.current = true;
    setFetchingAll(true);
    read();
  };
  // What lies below the popup's first screen (the 30-day chart, saved people, your profile) is
  // drawn a frame after the first view: that frame shows the pace, and the verdict, sooner.
  // `data-complete` on <main> says it is drawn.
  const ready = view.state === 'ready';
  const [below, setBelow] = useState(false);
  useEffect(() => {
    if (ready) void afterNextFrame().then(() => setBelow(true));
  }, [ready]);
  // Subscribed as soon as the first render is in the DOM (not after its paint, as useEffect
  // would): a view that is already there shows in the first frame. The snapshot never replaces
  // the background's answer, which never replaces a later request's.
  useLayoutEffect(() => {
    void early.then((kept) => {
      if (kept) setView((shown) => (shown.state === 'loading' ? kept : shown));
    });
    void live.then((answer) => {
      if (latest.current === 0) setView(answer);
    });
  }, [live, early]);

  return (
    <main
      class="ll-popup"
      data-ready={view.state === 'ready' ? 'true' : undefined}
      data-source={view.state === 'ready' ? view.source : undefined}
      data-complete={below ? 'true' : undefined}
    >
      <h1>LockLens</h1>
      {view.state === 'ready' && view.pace && <PaceLine pace={view.pace} />}
      {view.state === 'loading' ? (
        <p class="ll-muted">{formatKey('ui.popup.reading')}</p>
      ) : (
        <Body status={view.status} tabId={view.tabId} onSaved={read} />
      )}
      {view.state === 'ready' && view.quiet && <p class="ll-muted">{formatKey('ui.popup.quiet')}</p>}
      {view.state === 'ready' && view.pace && <PaceDashboard pace={view.pace} chart={below} />}
      {view.state === 'ready' && below && (
        <SavedList
          saved={view.saved}
          now={Date.now()}
          fetchingAll={fetchingAll}
          onChanged={read}
          onShowAll={showAllSaved}
        />
      )}
      {view.state === 'ready' && below && view.ownProfile !== undefined && (
        <OwnProfileSection summary={view.ownProfile} now={Date.now()} />
      )}
      <p class="ll-footnote ll-muted">{formatKey('ui.privacy-line')}</p>
    </main>
  );
}
