/**
 * What the background answers once a message has passed the sender check and its schema:
 * it evaluates profiles and texts with everything it knows of the viewer (settings and pace).
 */
import { checkComposerText } from '../composer/check';
import { DISMISSED_KEY, dismissKey, loadDismissed } from '../dismissed-hints';
import { evaluate } from '../evaluator/evaluate';
import type { StepId } from '../evaluator/types';
import { hash53 } from '../hash';
import { canonicalName, profileUrl } from '../linkedin-urls';
import { CHIP_KEYS, formatKey, formatMessage } from '../messages/format';
import type { OwnProfileSummary } from '../own-profile';
import { fingerprint, nearDuplicates } from '../pace/fingerprint';
import type { Ledger } from '../pace/ledger';
import { oldInvitations } from '../pace/old-invitations';
import { type PaceSummary, paceSummary } from '../pace/pace-summary';
import { paceSummaryValidUntil } from '../pace/summary-valid-until';
import { DAY_MS, localTimeZone, ROLLING_WEEK_DAYS } from '../pace/windows';
import type { PopupSnapshot } from '../popup-snapshot';
import type {
  LastContact,
  PageContext,
  PageReport,
  PopupView,
  ProfileAnswer,
  TabStatus,
  TextCheck,
  TextCheckAnswer,
} from '../protocol';
import { summarizeOwnProfile } from '../reader/read-own-profile';
import { describeChanges, snapshotOf } from '../saved/changes';
import { SHOWN_AT_FIRST } from '../saved/limits';
import { nextFollowUpDue, type SaveResult, savedPreview } from '../saved/list';
import type { SavedPerson } from '../saved/schema';
import { type Settings, viewerFromSettings } from '../settings/schema';
import { loadSettings } from '../settings/store';
import type { ProfileSignals } from '../signals';
import { showVerdictOnBadge } from './badge';
import { cachedRead } from './cached-read';
import { saveDetectedPlan } from './detected-plan';
import { loadLedger } from './ledger-store';
import { loadOwnProfile, replaceOwnProfile } from './own-profile-store';
import { loadSyncedCounters } from './pace-sync';
import { keepPopupSnapshot, popupSnapshotGeneration } from './popup-snapshot-keeper';
import { loadSaved, savePerson } from './saved-store';
import { loadTabStatus, saveTabStatus } from './tab-status';
import { viewerWithOwnProfile, viewerWithPace } from './viewer';

/**
 * The pace summary is recomputed only when something it reads changed: the ledger, the settings
 * it uses, the other browsers' counts, or the time, at the first instant one of its windows can
 * change (`paceSummaryValidUntil`; a clock set back counts too). A year of sends made it cost
 * ~70 ms on every profile view before (BENCHMARKS.md), and still several ms each minute. The memo
 * holds the very ledger object it was computed from (a ledger is never changed in place, every
 * write makes a new one): a send recorded while the settings were still being read cannot leave
 * the older ledger's summary behind as if it were the newer one's.
 */
let paceMemo: { ledger: Ledger; key: string; pace: PaceSummary; validUntil: number } | null = null;

async function current(
  now: number,
): Promise<{ settings: Settings; ledger: Ledger; pace: PaceSummary; validUntil: number }> {
  const [settings, ledger, others] = await Promise.all([loadSettings(), loadLedger(), loadSyncedCounters()]);
  const { plan, limits, renewalDay, warnAtPercent } = settings;
  const timeZone = localTimeZone();
  const key = JSON.stringify([timeZone, plan, limits, renewalDay, warnAtPercent, others]);
  const memo = paceMemo;
  if (memo && memo.ledger === ledger && memo.key === key && now >= memo.pace.now && now < memo.validUntil) {
    return { settings, ledger, pace: { ...memo.pace, now }, validUntil: memo.validUntil };
  }
  const options = { now, timeZone, plan, overrides: limits, renewalDay, nearShare: warnAtPercent / 100, others };
  const pace = paceSummary(ledger, options);
  const validUntil = paceSummaryValidUntil(ledger, options);
  paceMemo = { ledger, key, pace, validUntil };
  return { settings, ledger, pace, validUntil };
}

/**
 * The profiles whose hint the user hid, read once and kept until storage says they changed: a
 * profile view asks for them, a hide happens a click (and a navigation) before the next view of
 * that profile, long after its `onChanged` has come.
 */
const hiddenHints = cachedRead('local', (key) => key === DISMISSED_KEY, loadDismissed);

/**
 * A LinkedIn page is starting to load: read now what its report will need (settings, the ledger,
 * the other browsers' counts, the pace summary, all kept in memory), so that the answer does not
 * wait for them. Never fails.
 */
export async function warmUp(now: number): Promise<void> {
  await current(now).catch(() => {});
}

/**
 * Every LinkedIn page asks for the salt as it starts (cheap on purpose); a profile also asks, by
 * its slug, for what its hint needs, while its top card is still on the way.
 */
export async function pageContext(slug: string | undefined): Promise<PageContext> {
  if (slug === undefined) return { salt: (await loadLedger()).salt };
  const [settings, ledger, dismissed] = await Promise.all([loadSettings(), loadLedger(), hiddenHints.get()]);
  const key = canonicalName(slug) ?? slug;
  return profileContext(key, settings, ledger, dismissed, lastContactWith(ledger, key));
}

function profileContext(
  key: string,
  settings: Settings,
  ledger: Ledger,
  dismissed: readonly string[],
  lastContact: LastContact,
): PageContext {
  const showHint = settings.hintsEnabled && !settings.quietMode && !dismissed.includes(dismissKey(key, ledger.salt));
  return {
    salt: ledger.salt,
    profile: {
      showHint,
      lastContact,
      chipTexts: showHint ? Object.fromEntries(CHIP_KEYS.map((k) => [k, formatKey(k)])) : {},
    },
  };
}

/**
 * What the popup shows besides the tab's status, as a snapshot it may paint later without asking
 * (lib/popup-snapshot.ts), with the generation its inputs were read at and the whole saved list.
 * popup-snapshot-keeper.ts lists these inputs: a new one must be added there too.
 */
async function popupSnapshotNow(
  now: number,
): Promise<{ snapshot: PopupSnapshot; generation: number; people: SavedPerson[] }> {
  const generation = popupSnapshotGeneration();
  const [{ settings, pace, validUntil }, people, ownProfile] = await Promise.all([
    current(now),
    loadSaved(),
    loadOwnProfile(),
  ]);
  const nextDue = nextFollowUpDue(people, now);
  const snapshot: PopupSnapshot = {
    v: 3,
    at: now,
    validUntil: nextDue === null ? validUntil : Math.min(validUntil, nextDue),
    quietMode: settings.quietMode,
    pace,
    saved: savedPreview(people, now, SHOWN_AT_FIRST),
    ownProfile,
  };
  return { snapshot, generation, people };
}

/**
 * Everything the popup shows, in one answer: it opens on one round trip, not four. The saved list
 * comes whole only when the user asked to see everyone.
 */
export async function popupView(tabId: number | null, now: number, allSaved = false): Promise<PopupView> {
  const [{ snapshot, generation, people }, status] = await Promise.all([
    popupSnapshotNow(now),
    tabId === null ? null : loadTabStatus(tabId),
  ]);
  void keepPopupSnapshot(snapshot, generation);
  const { quietMode, pace, ownProfile } = snapshot;
  return {
    status,
    quietMode,
    pace,
    saved: allSaved ? savedPreview(people, now, Infinity) : snapshot.saved,
    ownProfile,
  };
}

/** Computes what the popup shows into memory (the pace summary), keeping no snapshot: see popup-snapshot-keeper.ts. */
export async function warmPopupView(now: number): Promise<void> {
  await popupSnapshotNow(now);
}

/** Keeps a popup snapshot made now (after an input changed, or when the worker starts without one). */
export async function refreshPopupSnapshot(now: number): Promise<void> {
  const { snapshot, generation } = await popupSnapshotNow(now);
  await keepPopupSnapshot(snapshot, generation);
}

/**
 * Records what a tab shows, sets its badge, and answers a profile with its verdict (the hint
 * already shows whether messaging is locked: the verdict fills in why, and what to do), with the
 * profile's context too when the report asks for it. A plan hint riding on the report is kept.
 */
export async function answerPageReport(
  report: Omit<PageReport, 'type'>,
  tabId: number,
  now: number,
): Promise<ProfileAnswer | null> {
  const { url, status, reason, signals, slug, name, planHint, withContext, ownProfile } = report;
  // A suggestion for the options page: failing to keep it must not fail the report.
  const planKept = planHint ? saveDetectedPlan(planHint.plan, planHint.evidence, now).catch(() => {}) : null;
  let answer: ProfileAnswer | null = null;
  const tab: TabStatus = { url, status, at: now, ...(reason ? { reason } : {}) };
  if (status === 'profile' && signals) {
    const key = slug ? canonicalName(slug) : null;
    const [{ settings, ledger, pace }, saved, dismissed, own] = await Promise.all([
      current(now),
      loadSaved(),
      withContext && key ? hiddenHints.get() : undefined,
      ownProfileWith(signals as ProfileSignals, ownProfile, now),
    ]);
    const lastContact = key ? lastContactWith(ledger, key) : null;
    const context = key && dismissed ? profileContext(key, settings, ledger, dismissed, lastContact) : undefined;
    const profile = signals as ProfileSignals;
    const viewer = viewerWithOwnProfile(viewerWithPace(viewerFromSettings(settings), pace), own);
    // The user's own record of this person and of their invitations: free routes and restrictions.
    const verdict = evaluate(profile, { ...viewer, lastContact, oldInvitations: oldInvitations(ledger.events, now) });
    const snapshot = snapshotOf(verdict, profile);
    const person = key ? saved.find((p) => p.key === key) : undefined;
    answer = {
      verdict,
      saved: person ? { savedAt: person.savedAt, changes: describeChanges(person, snapshot, now) } : null,
      ...(context ? { context } : {}),
    };
    Object.assign(tab, {
      verdict,
      snapshot,
      lastContact,
      saved: answer.saved,
    });
    if (key) Object.assign(tab, { slug: key, name: name ?? key });
  }
  await saveTabStatus(tabId, tab);
  await showVerdictOnBadge(tabId, tab);
  await planKept;
  return answer;
}

/**
 * The summary of the user's own profile: made from this report and kept when it is their self
 * view (only the self view's report carries `ownProfile`, and only it is trusted with it), else
 * the one kept. Failing to keep it must not fail the report.
 */
async function ownProfileWith(
  signals: ProfileSignals,
  read: PageReport['ownProfile'],
  now: number,
): Promise<OwnProfileSummary | null> {
  if (signals.degree.value !== 'self' || !read) return loadOwnProfile();
  const summary = summarizeOwnProfile(signals, read, now);
  await replaceOwnProfile(summary).catch(() => {});
  return summary;
}

/** The user's latest send to this person, found by the same salted hash the detector stores. */
function lastContactWith(ledger: Ledger, slug: string): LastContact {
  const recipient = hash53(`${ledger.salt}|${slug}`);
  let latest: LastContact = null;
  for (const event of ledger.events) {
    if (event.recipient === recipient && (!latest || event.at > latest.at)) latest = { kind: event.kind, at: event.at };
  }
  return latest;
}

/** Saves the profile a tab shows, with the user's chosen step, note and follow-up date. */
export async function saveFromTab(
  tabId: number,
  fields: { step: StepId | null; note: string; followUpAt: number | null },
  now: number,
): Promise<SaveResult | { ok: false; error: 'not-a-profile' }> {
  const tab = await loadTabStatus(tabId);
  if (!tab?.slug || !tab.snapshot) return { ok: false, error: 'not-a-profile' };
  return savePerson(
    {
      key: tab.slug,
      url: profileUrl(tab.slug),
      name: tab.name ?? tab.slug,
      savedAt: now,
      updatedAt: now,
      verdict: tab.snapshot,
      step: fields.step,
      note: fields.note.trim(),
      followUpAt: fields.followUpAt,
      done: false,
    },
    now,
  );
}

const known = (n: number | null | undefined): n is number => typeof n === 'number' && Number.isFinite(n);

/** Advice on a text being written; the text is dropped when this returns. */
export async function answerTextCheck(check: Omit<TextCheck, 'type'>, now: number): Promise<TextCheckAnswer> {
  const { settings, ledger, pace } = await current(now);
  // Quiet mode inserts nothing into LinkedIn's page, the composer panel included.
  if (!settings.composerChecks || settings.quietMode) return { enabled: false, findings: [], paceLine: null };
  const viewer = viewerWithPace(viewerFromSettings(settings), pace);
  const duplicates = nearDuplicates(ledger.events, fingerprint(check.text, ledger.salt), {
    since: now - ROLLING_WEEK_DAYS * DAY_MS,
  });
  const findings = checkComposerText(check.text, {
    kind: check.kind,
    plan: viewer.plan,
    recipient: check.recipient,
    firstMessage: check.firstMessage,
    language: check.language,
    nearDuplicateCount: duplicates,
    notesLeftThisMonth:
      known(viewer.noteQuotaPerMonth) && known(viewer.notesUsedThisMonth)
        ? viewer.noteQuotaPerMonth - viewer.notesUsedThisMonth
        : null,
    invitesLeftThisWeek:
      known(viewer.inviteLimit7Days) && known(viewer.invitesLast7Days)
        ? viewer.inviteLimit7Days - viewer.invitesLast7Days
        : null,
  });
  const { messagePacePerDay: limit, messagesToday: sent } = viewer;
  const paceLine =
    check.kind !== 'invitation-note' && known(limit) && known(sent) && limit > 0 && sent >= limit * 0.8
      ? formatMessage({ key: 'ui.composer.pace-near', params: { sent, pace: limit } })
      : null;
  return { enabled: true, findings, paceLine };
}
