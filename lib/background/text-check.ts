/**
 * `check-text`: advice on a text being written, with the user's limits, warning threshold and
 * pace, as the popup and the hint weigh them. The text is dropped when this returns: never stored
 * or sent on.
 */
import { checkComposerText } from '../composer/check';
import { formatMessage } from '../messages/format';
import { fingerprint, nearDuplicates } from '../pace/fingerprint';
import { DAY_MS, ROLLING_WEEK_DAYS } from '../pace/windows';
import type { TextCheckAnswer } from '../protocol/answers';
import type { TextCheck } from '../protocol/schemas';
import { viewerFromSettings } from '../settings/schema';
import type { State } from './state';
import { viewerWithPace } from './viewer';

const known = (n: number | null | undefined): n is number => typeof n === 'number' && Number.isFinite(n);
const left = (limit: number | null | undefined, used: number | null | undefined) =>
  known(limit) && known(used) ? limit - used : null;

export async function answerTextCheck(
  state: Pick<State, 'current'>,
  check: TextCheck,
  now: number,
): Promise<TextCheckAnswer> {
  const { settings, ledger, pace } = await state.current(now);
  // Quiet mode inserts nothing into LinkedIn's page, the composer panel included.
  if (!settings.composerChecks || settings.quietMode) return { enabled: false, findings: [], paceLine: null };
  const viewer = viewerWithPace(viewerFromSettings(settings), pace);
  const findings = checkComposerText(check.text, {
    kind: check.kind,
    plan: viewer.plan,
    limits: settings.limits,
    recipient: check.recipient,
    firstMessage: check.firstMessage,
    language: check.language,
    nearDuplicateCount: nearDuplicates(ledger.events, fingerprint(check.text, ledger.salt), {
      since: now - ROLLING_WEEK_DAYS * DAY_MS,
    }),
    notesLeftThisMonth: left(viewer.noteQuotaPerMonth, viewer.notesUsedThisMonth),
    invitesLeftThisWeek: left(viewer.inviteLimit7Days, viewer.invitesLast7Days),
  });
  // Warned as the popup warns: the pace summary's level, at the user's threshold.
  const { value: limit, used: sent, warning } = pace.limits['messages-per-day'];
  const paceLine =
    check.kind !== 'invitation-note' && known(limit) && known(sent) && limit > 0 && warning !== 'none'
      ? formatMessage({ key: 'ui.composer.pace-near', params: { sent, pace: limit } })
      : null;
  return { enabled: true, findings, paceLine };
}
