/**
 * The composer checker: reads the text the user is writing and returns advice, never a verdict.
 * Pure and deterministic: no DOM, browser API, storage or clock. It must never throw, whatever is
 * pasted (emoji, right-to-left text, 100 KB), and stays well under a millisecond on 2,000 characters,
 * so it can run on every keystroke.
 */
import { claimLevel } from '../evaluator/claims';
import type { MessageRef } from '../evaluator/types';
import { textLengthLimit } from '../pace/limits';
import { hasLink, hasPhone, LINK_GLOBAL } from './contact-details';
import { foldText } from './fold';
import { isPersonal } from './personal';
import { firstPromotionalPhrase } from './promotional';
import { statesReason } from './reason';
import { type ComposerContext, FINDING_IDS, type Finding, type FindingId, SEVERITIES, type Severity } from './types';
import { WORD_LIST_LANGUAGES, type WordListLanguage } from './word-lists';

/** From 90% of the limit on, the length is worth an info line. */
const NEAR_LIMIT_SHARE = 0.9;
/** Below this many characters a text is a greeting or a reply, too short to judge for style. */
const MIN_STYLE_LENGTH = 20;
/** Near-duplicates of this many sent texts or more look like a mass mailing. */
const NEAR_DUPLICATE_PROBLEM = 3;
/** Free accounts get 5 notes a month: from the last one on, say how many are left. */
const NOTES_LOW = 1;
/**
 * Invitations left this week: from 10 on, say so. That is 10% of the ~100 a week most often
 * reported (a community figure; LinkedIn publishes none) and the caller only knows what is left.
 */
const INVITES_LOW = 10;

export function checkComposerText(text: string, context: ComposerContext): Finding[] {
  const raw = typeof text === 'string' ? text : '';
  const kind = context.kind;
  // Personalization, the reason and contact details matter when starting a conversation: an
  // invitation note and an InMail always do; a message only when it opens the thread.
  const opening = context.firstMessage === true || kind === 'invitation-note' || kind === 'inmail-body';
  const styled = kind !== 'inmail-subject' && opening && codePointCount(raw.trim()) >= MIN_STYLE_LENGTH;
  const langs = languagesFor(context.language);
  const folded = foldText(raw);
  const findings: Finding[] = [];
  const add = (id: FindingId, severity: Severity, reason: MessageRef, suggestion: MessageRef) =>
    findings.push({ id, severity, reason, suggestion });

  if (styled && !isPersonal(folded, context.recipient)) {
    add('not-personal', 'warning', ref('not-personal.reason'), ref('not-personal.suggestion'));
  }

  if (styled && !statesReason(raw, langs, context.recipient)) {
    add('no-reason-up-front', 'info', ref('no-reason-up-front.reason'), ref('no-reason-up-front.suggestion'));
  }

  const promo = firstPromotionalPhrase(raw, folded, langs);
  if (promo !== null) {
    add('promotional', 'warning', ref('promotional.reason', { phrase: promo }), ref('promotional.suggestion'));
  }

  if (opening) {
    const link = hasLink(raw);
    if (link) {
      add(
        'link-in-first-message',
        'warning',
        ref('link-in-first-message.reason'),
        ref('link-in-first-message.suggestion'),
      );
    }
    // Links are blanked first: digits in a profile URL are not a phone number.
    if (hasPhone(link ? raw.replace(LINK_GLOBAL, ' ') : raw)) {
      add(
        'phone-in-first-message',
        'warning',
        ref('phone-in-first-message.reason'),
        ref('phone-in-first-message.suggestion'),
      );
    }
  }

  const length = codePointCount(raw);
  // The limits table's figure for the plan, or the user's own (the options page).
  const { value: limit, claim } = textLengthLimit(kind, context.plan, context.limits);
  // A length no one can source is said to be unpublished, never LinkedIn's limit.
  const unsourced = claim !== null && claimLevel(claim) === 'community' ? '-unpublished' : '';
  if (length > limit) {
    add(
      'too-long',
      'problem',
      ref(`too-long.reason${unsourced}`, { length, limit }),
      ref('too-long.suggestion', { limit }),
    );
  } else if (length >= limit * NEAR_LIMIT_SHARE) {
    add(
      'too-long',
      'info',
      ref(`too-long.reason-near${unsourced}`, { length, limit }),
      ref('too-long.suggestion-near', { limit }),
    );
  }

  const duplicates = wholeNumber(context.nearDuplicateCount);
  if (duplicates !== null && duplicates >= 1) {
    const severity = duplicates >= NEAR_DUPLICATE_PROBLEM ? 'problem' : 'warning';
    const reason =
      duplicates === 1 ? ref('near-duplicate.reason-one') : ref('near-duplicate.reason', { count: duplicates });
    add('near-duplicate', severity, reason, ref('near-duplicate.suggestion'));
  }

  // Only free accounts have a note quota (LinkedIn Help a550555: Premium is unlimited).
  const notesLeft = wholeNumber(context.notesLeftThisMonth);
  if (kind === 'invitation-note' && context.plan === 'free' && notesLeft !== null && notesLeft <= NOTES_LOW) {
    const severity = notesLeft === 0 ? 'warning' : 'info';
    add(
      'notes-running-out',
      severity,
      ref('notes-running-out.reason', { left: notesLeft }),
      ref('notes-running-out.suggestion'),
    );
  }

  const invitesLeft = wholeNumber(context.invitesLeftThisWeek);
  if (kind === 'invitation-note' && invitesLeft !== null && invitesLeft <= INVITES_LOW) {
    const severity = invitesLeft === 0 ? 'warning' : 'info';
    add(
      'invites-running-out',
      severity,
      ref('invites-running-out.reason', { left: invitesLeft }),
      ref('invites-running-out.suggestion'),
    );
  }

  return findings.sort(
    (a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) || ID_ORDER[a.id] - ID_ORDER[b.id],
  );
}

const ID_ORDER = Object.fromEntries(FINDING_IDS.map((id, i) => [id, i])) as Record<FindingId, number>;

function ref(key: string, params?: MessageRef['params']): MessageRef {
  return params ? { key: `composer.${key}`, params } : { key: `composer.${key}` };
}

/** A count from the caller, or null when it is not a usable number (NaN, Infinity, not a number). */
function wholeNumber(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? Math.max(0, Math.floor(value)) : null;
}

/** Characters as the user sees them in the counter: code points, not UTF-16 units. */
function codePointCount(s: string): number {
  return s.length - (s.match(SURROGATE_PAIR)?.length ?? 0);
}

const SURROGATE_PAIR = /[\ud800-\udbff][\udc00-\udfff]/g;

function languagesFor(language: unknown): WordListLanguage[] {
  const base = typeof language === 'string' ? (language.trim().toLowerCase().split(/[-_]/)[0] ?? '') : '';
  const page = WORD_LIST_LANGUAGES.find((l) => l === base);
  return page && page !== 'en' ? [page, 'en'] : ['en'];
}
