/**
 * `page-report`: records what a tab shows, sets its badge, and answers a profile with its verdict
 * (the hint already shows whether messaging is locked: the verdict fills in why, and what to do),
 * with the profile's context too when the report asks for it. A plan hint riding on the report
 * is kept.
 */
import { canonicalName } from '../linkedin-urls';
import type { OwnProfileSummary } from '../own-profile/summary';
import type { ProfileAnswer, TabStatus } from '../protocol/answers';
import type { PageReport } from '../protocol/schemas';
import { summarizeOwnProfile } from '../reader/read-own-profile';
import type { ProfileSignals } from '../signals';
import { showVerdictOnBadge } from './badge';
import { profileContext } from './page-context';
import type { State } from './state';
import { savedNotice, verdictsFor } from './viewer';

export async function answerPageReport(
  state: State,
  report: PageReport,
  tabId: number,
  now: number,
): Promise<ProfileAnswer | null> {
  const { url, status, reason, slug, name, profileId, planHint, withContext, ownProfile } = report;
  // A suggestion for the options page: failing to keep it must not fail the report.
  const planKept = planHint ? state.detectedPlan.save(planHint.plan, planHint.evidence, now).catch(() => {}) : null;
  let answer: ProfileAnswer | null = null;
  const tab: TabStatus = { url, status, at: now, ...(reason ? { reason } : {}) };
  // Validated by its schema: the same shape as the reader's.
  const signals = report.signals as ProfileSignals | undefined;
  if (status === 'profile' && signals) {
    const key = slug ? canonicalName(slug) : null;
    const [current, saved, hidden, own] = await Promise.all([
      state.current(now),
      state.saved.load(),
      withContext && key ? state.hiddenHints() : undefined,
      ownProfileWith(state, signals, ownProfile, now),
    ]);
    const { verdict, lastContact, snapshot } = verdictsFor(current, own, now)(key, signals, profileId);
    const context =
      key && hidden ? profileContext(key, current.settings, current.ledger, hidden, lastContact) : undefined;
    answer = { verdict, saved: savedNotice(saved, key, snapshot, now), lastContact, ...(context ? { context } : {}) };
    Object.assign(tab, { verdict, snapshot, lastContact, saved: answer.saved });
    if (key) Object.assign(tab, { slug: key, name: name ?? key });
  }
  await state.tabs.save(tabId, tab);
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
  state: State,
  signals: ProfileSignals,
  read: PageReport['ownProfile'],
  now: number,
): Promise<OwnProfileSummary | null> {
  if (signals.degree.value !== 'self' || !read) return state.ownProfile.load();
  const summary = summarizeOwnProfile(signals, read, now);
  await state.ownProfile.replace(summary).catch(() => {});
  return summary;
}
