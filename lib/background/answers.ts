/**
 * What the background answers once a message has passed the sender check and its schema:
 * it evaluates profiles and texts with everything it knows of the viewer (settings and pace).
 */
import { checkComposerText } from '../composer/check';
import { evaluate } from '../evaluator/evaluate';
import { formatMessage } from '../messages/format';
import { fingerprint, nearDuplicates } from '../pace/fingerprint';
import { type Ledger, type PaceSummary, paceSummary } from '../pace/ledger';
import { DAY_MS } from '../pace/windows';
import type { PageContext, PageReport, ProfileAnswer, TabStatus, TextCheck, TextCheckAnswer } from '../protocol';
import { type Settings, viewerFromSettings } from '../settings/schema';
import { loadSettings } from '../settings/store';
import type { ProfileSignals } from '../signals';
import { showVerdictOnBadge } from './badge';
import { loadLedger } from './ledger-store';
import { loadSyncedCounters } from './pace-sync';
import { saveTabStatus } from './tab-status';
import { viewerWithPace } from './viewer';

async function current(now: number): Promise<{ settings: Settings; ledger: Ledger; pace: PaceSummary }> {
  const [settings, ledger, others] = await Promise.all([loadSettings(), loadLedger(), loadSyncedCounters()]);
  const pace = paceSummary(ledger, {
    now,
    plan: settings.plan,
    overrides: settings.limits,
    renewalDay: settings.renewalDay,
    nearShare: settings.warnAtPercent / 100,
    others,
  });
  return { settings, ledger, pace };
}

export async function pageContext(now: number): Promise<PageContext> {
  const { settings, ledger, pace } = await current(now);
  return {
    viewer: viewerWithPace(viewerFromSettings(settings), pace),
    salt: ledger.salt,
    hintsEnabled: settings.hintsEnabled,
    quietMode: settings.quietMode,
  };
}

export async function paceFigures(now: number): Promise<PaceSummary> {
  return (await current(now)).pace;
}

/** Records what a tab shows, sets its badge, and answers a profile with its verdict. */
export async function answerPageReport(
  report: Omit<PageReport, 'type'>,
  tabId: number,
  now: number,
): Promise<ProfileAnswer | null> {
  const { url, status, reason, signals } = report;
  let answer: ProfileAnswer | null = null;
  const tab: TabStatus = { url, status, at: now, ...(reason ? { reason } : {}) };
  if (status === 'profile' && signals) {
    const { settings, pace } = await current(now);
    const verdict = evaluate(signals as ProfileSignals, viewerWithPace(viewerFromSettings(settings), pace));
    tab.verdict = verdict;
    answer = { verdict, hintsEnabled: settings.hintsEnabled, quietMode: settings.quietMode };
  }
  await saveTabStatus(tabId, tab);
  await showVerdictOnBadge(tabId, tab);
  return answer;
}

const known = (n: number | null | undefined): n is number => typeof n === 'number' && Number.isFinite(n);

/** Advice on a text being written; the text is dropped when this returns. */
export async function answerTextCheck(check: Omit<TextCheck, 'type'>, now: number): Promise<TextCheckAnswer> {
  const { settings, ledger, pace } = await current(now);
  if (!settings.composerChecks) return { enabled: false, findings: [], paceLine: null };
  const viewer = viewerWithPace(viewerFromSettings(settings), pace);
  const duplicates = nearDuplicates(ledger.events, fingerprint(check.text, ledger.salt), { since: now - 7 * DAY_MS });
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
