/**
 * The composer checker: reads the text the user is writing and returns advice, never a verdict.
 * Pure and deterministic: no DOM, browser API, storage or clock. It must never throw, whatever is
 * pasted (emoji, right-to-left text, 100 KB), and stays well under a millisecond on 2,000 characters,
 * so it can run on every keystroke.
 */
import { type ClaimId, claimLevel } from '../evaluator/claims';
import type { MessageRef, Plan } from '../evaluator/types';
import {
  type ComposerContext,
  type ComposerKind,
  type ComposerRecipient,
  FINDING_IDS,
  type Finding,
  type FindingId,
  SEVERITIES,
  type Severity,
} from './types';
import {
  ABBREVIATIONS,
  COMMON_WORDS,
  COMPANY_SUFFIXES,
  GREETINGS,
  PROMOTIONAL_PHRASES,
  REASON_CUES,
  WORD_LIST_LANGUAGES,
  type WordListLanguage,
} from './word-lists';

// Length limits, each resting on its claim (LENGTH_CLAIMS). Notes: 200 characters on free accounts,
// 300 on paid plans (observed in 2026). InMail: subject 200, body 2,000 (LinkedIn Help a554514).
// Messages: 8,000 has no source (others say 3,000): the finding says LinkedIn does not publish it.
const NOTE_LIMIT_FREE = 200;
const NOTE_LIMIT_PAID = 300;
const INMAIL_SUBJECT_LIMIT = 200;
const INMAIL_BODY_LIMIT = 2000;
const MESSAGE_LIMIT = 8000;
/** From 90% of the limit on, the length is worth an info line. */
const NEAR_LIMIT_SHARE = 0.9;
/** Below this many characters a text is a greeting or a reply, too short to judge for style. */
const MIN_STYLE_LENGTH = 20;
/** Headline and company words shorter than this are too common to count as personalization. */
const MIN_FACT_LETTERS = 4;
/** The "first sentence" looked at for a reason; a run-on opening is judged on its start. */
const FIRST_SENTENCE_CAP = 200;
/** Bounds on caller-provided facts, so an odd profile cannot make a keystroke slow. */
const MAX_FACTS = 64;
const MAX_FACT_LENGTH = 100;
/** Near-duplicates of this many sent texts or more look like a mass mailing. */
const NEAR_DUPLICATE_PROBLEM = 3;
/** Free accounts get 5 notes a month: from the last one on, say how many are left. */
const NOTES_LOW = 1;
/**
 * Invitations left this week: from 10 on, say so. That is 10% of the ~100 a week most often
 * reported (a community figure; LinkedIn publishes none) and the caller only knows what is left.
 */
const INVITES_LOW = 10;

const LENGTH_CLAIMS: Record<ComposerKind, ClaimId> = {
  'invitation-note': 'note-length',
  message: 'message-length',
  'inmail-subject': 'inmail-length',
  'inmail-body': 'inmail-length',
};

export function lengthLimit(kind: ComposerKind, plan: Plan): number {
  switch (kind) {
    case 'invitation-note':
      return plan === 'free' ? NOTE_LIMIT_FREE : NOTE_LIMIT_PAID;
    case 'inmail-subject':
      return INMAIL_SUBJECT_LIMIT;
    case 'inmail-body':
      return INMAIL_BODY_LIMIT;
    default:
      return MESSAGE_LIMIT;
  }
}

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
  const limit = lengthLimit(kind, context.plan);
  // A length no one can source is said to be unpublished, never LinkedIn's limit.
  const unsourced = claimLevel(LENGTH_CLAIMS[kind]) === 'community' ? '-unpublished' : '';
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

// ---------------------------------------------------------------------------------------------
// Folding: lower case, no accents, one kind of apostrophe and space, so "Grüße" meets "grusse" and
// "I’m" meets "I'm". `from` maps every folded unit back to the original, to quote what was typed.

interface Folded {
  text: string;
  from: number[];
}

const MARKS = /\p{M}/gu;
const SPACE = /^\s$/u;
const APOSTROPHES = new Set(['\u2019', '\u2018', '\u02bc', '\u0060', '\u00b4', '\u2032']);
const APOSTROPHE_LIKE = new RegExp(`[${[...APOSTROPHES].join('')}]`, 'g');

function foldChar(ch: string): string {
  if (SPACE.test(ch)) return ' ';
  if (APOSTROPHES.has(ch)) return "'";
  // Lower case first: "İ" lowers to "i" plus a dot, which NFKD then lets us drop.
  return ch.toLowerCase().normalize('NFKD').replace(MARKS, '').replace(/ß/g, 'ss').replace(/ς/g, 'σ');
}

/** ASCII and Latin-1/Extended-A/B folded once, for `fold`'s character-by-character walk. */
const LATIN_TABLE_END = 0x250;
const LATIN_TABLE: readonly string[] = Array.from({ length: LATIN_TABLE_END }, (_, cp) =>
  foldChar(String.fromCharCode(cp)),
);

/**
 * The folded text alone, a whole string at a time (several times faster than `fold` on emoji or
 * Arabic). It gives exactly what `fold` gives: JavaScript's only context-dependent lower-casing is
 * the final sigma, folded to σ in both, and NFKD works code point by code point once marks are dropped.
 */
function foldText(s: string): string {
  if (ASCII.test(s)) return s.toLowerCase().replace(EXTRA_SPACE, ' ');
  return s
    .replace(APOSTROPHE_LIKE, "'")
    .toLowerCase()
    .normalize('NFKD')
    .replace(MARKS, '')
    .replace(/ß/g, 'ss')
    .replace(/ς/g, 'σ')
    .replace(/\s+/gu, ' ');
}

/** Printable ASCII and ordinary whitespace: folding is then just lower case and one kind of space. */
const ASCII = /^[\t\n\v\f\r -~]*$/;
/** Runs of spaces, and single tabs or line breaks: what needs replacing by one space. */
const EXTRA_SPACE = /\s{2,}|[^\S ]/g;

/** The same folding, with the map back to the original (only needed to quote a phrase), up to `upTo` units. */
function fold(s: string, upTo: number): Folded {
  const parts: string[] = [];
  const from: number[] = [];
  let lastSpace = false;
  for (let i = 0; i < s.length && from.length < upTo; ) {
    const cp = s.codePointAt(i) ?? 0;
    const width = cp > 0xffff ? 2 : 1;
    const piece = cp < LATIN_TABLE_END ? (LATIN_TABLE[cp] ?? '') : foldChar(s.slice(i, i + width));
    if (piece !== ' ' || !lastSpace) {
      parts.push(piece);
      for (let k = 0; k < piece.length; k++) from.push(i);
    }
    if (piece !== '') lastSpace = piece === ' ';
    i += width;
  }
  return { text: parts.join(''), from };
}

function foldPhrase(s: string): string {
  return foldText(s).trim();
}

function foldList(list: readonly string[]): string[] {
  return [...new Set(list.map(foldPhrase).filter((p) => p !== ''))];
}

const byLanguage = (lists: Readonly<Record<WordListLanguage, readonly string[]>>) =>
  Object.fromEntries(WORD_LIST_LANGUAGES.map((l) => [l, foldList(lists[l])])) as Record<WordListLanguage, string[]>;

const REASONS = byLanguage(REASON_CUES);
const GREETING_LIST = foldList(GREETINGS);
const ABBREVIATION_SET = new Set(foldList(ABBREVIATIONS));
const COMMON_SET = new Set(foldList(COMMON_WORDS));
const SUFFIX_SET = new Set(foldList(COMPANY_SUFFIXES));

// ---------------------------------------------------------------------------------------------
// Whole-word search on folded text: letters and digits of any script count as word characters.

const WORD_END = /[\p{L}\p{N}]$/u;
const WORD_START = /^[\p{L}\p{N}]/u;
const NON_WORD = /[^\p{L}\p{N}]+/u;
const LETTER = /\p{L}/gu;

/** Index of the first whole-word occurrence of `needle` in `hay`, or -1. */
function findWord(hay: string, needle: string): number {
  if (needle === '') return -1;
  for (let i = hay.indexOf(needle); i !== -1; i = hay.indexOf(needle, i + 1)) {
    if (isWholeWord(hay, i, i + needle.length)) return i;
  }
  return -1;
}

function isWholeWord(hay: string, start: number, end: number): boolean {
  return !WORD_END.test(hay.slice(Math.max(0, start - 2), start)) && !WORD_START.test(hay.slice(end, end + 2));
}

function letterCount(s: string): number {
  return s.match(LETTER)?.length ?? 0;
}

// ---------------------------------------------------------------------------------------------
// Personalization: the recipient's first name, company, or a telling word of their headline.

function recipientFacts(recipient: ComposerRecipient | undefined): string[] {
  const facts = new Set<string>();
  const name =
    typeof recipient?.firstName === 'string' ? foldPhrase(recipient.firstName.slice(0, MAX_FACT_LENGTH)) : '';
  if (letterCount(name) >= 2) facts.add(name);

  if (typeof recipient?.company === 'string') {
    const words = foldPhrase(recipient.company.slice(0, MAX_FACT_LENGTH)).split(NON_WORD).filter(Boolean);
    while (words.length > 1 && SUFFIX_SET.has(words[words.length - 1] ?? '')) words.pop();
    const company = words.join(' ');
    if (letterCount(company) >= 2) facts.add(company);
    for (const word of words) if (isTellingWord(word)) facts.add(word);
  }

  const headline = Array.isArray(recipient?.headlineWords) ? recipient.headlineWords.slice(0, MAX_FACTS) : [];
  for (const entry of headline) {
    if (typeof entry !== 'string') continue;
    for (const word of foldPhrase(entry.slice(0, MAX_FACT_LENGTH)).split(NON_WORD)) {
      if (isTellingWord(word)) facts.add(word);
    }
  }
  return [...facts].slice(0, MAX_FACTS);
}

function isTellingWord(word: string): boolean {
  return letterCount(word) >= MIN_FACT_LETTERS && !COMMON_SET.has(word);
}

function isPersonal(foldedText: string, recipient: ComposerRecipient | undefined): boolean {
  const facts = recipientFacts(recipient);
  // With no facts at all (the reader found no name, company or headline) the checker cannot tell
  // a personal text from a generic one, so it stays quiet rather than guess.
  if (facts.length === 0) return true;
  return facts.some((fact) => findWord(foldedText, fact) !== -1);
}

// ---------------------------------------------------------------------------------------------
// The reason up front: the first real sentence (after a salutation such as "Hi Anna,") should say
// why the user is writing, or ask a question, which usually does the same.

const TERMINATORS = new Set(['!', '?', '\n', '\r', '\u2026', '\u3002', '\uff01', '\uff1f', '\u2028', '\u2029']);
const QUESTION_MARKS = /[?\uff1f]/;
const MAX_SALUTATION_WORDS = 4;
/** Sentences looked at, at most, while skipping salutation lines ("Hi Anna," "Dear team,"). */
const MAX_SEGMENTS = 4;

interface Segment {
  text: string;
  question: boolean;
}

/**
 * The first sentence that is not a salutation (or the last one looked at), folded and capped.
 * Sentences end at ! ? line breaks and full stops.
 */
function firstSentence(raw: string, firstName: string): Segment | null {
  let last: Segment | null = null;
  let seen = 0;
  let start = 0;
  let i = 0;
  while (start < raw.length && seen < MAX_SEGMENTS) {
    const ch = raw[i];
    const ends = ch === undefined || TERMINATORS.has(ch) || (ch === '.' && isFullStop(raw, i));
    if (!ends && i - start < FIRST_SENTENCE_CAP * 2) {
      i++;
      continue;
    }
    let j = i;
    while (j < raw.length && (TERMINATORS.has(raw[j] ?? '') || raw[j] === '.')) j++;
    const segment = toSegment(raw.slice(start, i), QUESTION_MARKS.test(raw.slice(i, j)));
    start = j;
    i = Math.max(j, i + 1);
    if (segment === null) continue;
    seen++;
    last = segment;
    if (!isSalutation(segment.text, firstName)) return segment;
  }
  return last;
}

function toSegment(piece: string, question: boolean): Segment | null {
  const capped = piece.length > FIRST_SENTENCE_CAP ? Array.from(piece).slice(0, FIRST_SENTENCE_CAP).join('') : piece;
  const text = foldPhrase(capped);
  return text === '' ? null : { text, question: question || text.includes('\u00bf') };
}

/** A "." ends a sentence when a space or the end follows, and it does not close "Dr." or "e.g.". */
function isFullStop(raw: string, i: number): boolean {
  const next = raw[i + 1];
  if (next !== undefined && !SPACE.test(next)) return false;
  const before = /[\p{L}.]+$/u.exec(raw.slice(Math.max(0, i - 8), i))?.[0] ?? '';
  return !ABBREVIATION_SET.has(foldPhrase(before));
}

function isSalutation(segment: string, firstName: string): boolean {
  const words = segment.split(NON_WORD).filter(Boolean);
  if (words.length > MAX_SALUTATION_WORDS) return false;
  if (firstName !== '' && words.join(' ') === firstName) return true;
  return GREETING_LIST.some((g) => segment.startsWith(g) && findWord(segment, g) === 0);
}

function statesReason(raw: string, langs: WordListLanguage[], recipient: ComposerRecipient | undefined): boolean {
  const firstName =
    typeof recipient?.firstName === 'string' ? foldPhrase(recipient.firstName.slice(0, MAX_FACT_LENGTH)) : '';
  const first = firstSentence(raw, firstName);
  if (first === null || first.question) return true;
  return langs.some((lang) => REASONS[lang].some((cue) => findWord(first.text, cue) !== -1));
}

// ---------------------------------------------------------------------------------------------
// Promotional phrases: the page language's list first, then English. One alternation per language
// finds candidates in a single pass; each is then checked for whole words.

interface PhraseSet {
  /** Longest first, so "Rabattcode" is preferred to "Rabatt" where both fit. */
  phrases: string[];
  pattern: RegExp | null;
}

function phraseSet(list: readonly string[]): PhraseSet {
  const phrases = foldList(list).sort((a, b) => b.length - a.length);
  const source = phrases.map((p) => p.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|');
  return { phrases, pattern: phrases.length > 0 ? new RegExp(source, 'g') : null };
}

const PROMOTIONAL = Object.fromEntries(
  WORD_LIST_LANGUAGES.map((l) => [l, phraseSet(PROMOTIONAL_PHRASES[l])]),
) as Record<WordListLanguage, PhraseSet>;

/** The earliest whole-word phrase of the set in `hay`, longest first at one position. */
function findFirstPhrase(hay: string, set: PhraseSet): { at: number; length: number } | null {
  const { pattern } = set;
  if (pattern === null) return null;
  // A fresh copy keeps the shared pattern's lastIndex out of the picture (and re-entrancy safe).
  const scan = new RegExp(pattern);
  for (let match = scan.exec(hay); match !== null; match = scan.exec(hay)) {
    const at = match.index;
    for (const phrase of set.phrases) {
      if (hay.startsWith(phrase, at) && isWholeWord(hay, at, at + phrase.length)) return { at, length: phrase.length };
    }
    scan.lastIndex = at + 1;
  }
  return null;
}

function firstPromotionalPhrase(raw: string, folded: string, langs: WordListLanguage[]): string | null {
  for (const lang of langs) {
    const found = findFirstPhrase(folded, PROMOTIONAL[lang]);
    if (found !== null) return typedSlice(raw, found.at, found.at + found.length);
  }
  return null;
}

/** The original text behind folded[start, end), with its spacing tidied, to quote it back. */
function typedSlice(raw: string, start: number, end: number): string {
  const folded = fold(raw, end);
  const from = folded.from[start] ?? 0;
  const last = folded.from[end - 1] ?? from;
  const to = last + ((raw.codePointAt(last) ?? 0) > 0xffff ? 2 : 1);
  return raw.slice(from, to).replace(/\s+/gu, ' ').trim();
}

// ---------------------------------------------------------------------------------------------
// Links and phone numbers. Email addresses are left alone: offering one is ordinary courtesy.

const TLDS =
  'com|net|org|io|co|ai|app|dev|de|fr|es|pt|br|uk|eu|ch|nl|info|biz|xyz|tech|site|online|store|shop|link|ly|gl';
const LINK_SOURCE =
  String.raw`\bhttps?:\/\/[^\s]+|\bwww\.[^\s]+|(?<![\p{L}\p{N}@._%+\-])(?:[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?\.)+` +
  String.raw`(?:${TLDS})(?::\d{1,5})?(?:\/[^\s]*)?(?![\p{L}\p{N}@\-])`;
const LINK_HINT = new RegExp(String.raw`https?:\/\/|www\.|[a-z0-9]\.(?:${TLDS})(?![a-z0-9])`, 'i');
const LINK_GLOBAL = new RegExp(LINK_SOURCE, 'giu');
/**
 * Technology names that look like domains. Short TLDs that are also words ("at", "be", "in", "me",
 * "to") are left out of the list above, so "the invite.Be well" is a typo, not a link.
 */
const NOT_LINKS = new Set(['asp.net', 'vb.net', 'ado.net']);

function hasLink(raw: string): boolean {
  // An ASCII-only pre-check: the full pattern's Unicode look-behind is slow to try at every position.
  if (!LINK_HINT.test(raw)) return false;
  for (const match of raw.matchAll(LINK_GLOBAL)) if (!NOT_LINKS.has(match[0].toLowerCase())) return true;
  return false;
}

// Digits and parenthesized groups, one optional separator between them: "+49 (0)30 123-4567".
const PHONE_CANDIDATE = /(?<![\p{L}\p{N}+])\+?(?:\(\d{1,5}\)|\d)(?:[ .\-/]?(?:\(\d{1,5}\)|\d))*/gu;
// Dates are blanked first so "2026-11-21 10" is not read as a ten-digit number.
const DATE = /(?<![\d.\-/])(?:\d{4}([-./])\d{1,2}\1\d{1,2}|\d{1,2}([-./])\d{1,2}\2\d{2,4})(?!\d|[-./]\d)/g;
const YEARS = /^(?:19|20)\d{2}(?:[ \-/](?:19|20)\d{2})+$/;
const THOUSANDS = /^[1-9]\d{0,2}(?:[., ]\d{3})+$/;
const MIN_PHONE_DIGITS = 7;
const MAX_PHONE_DIGITS = 15;

function hasPhone(raw: string): boolean {
  if (!hasDigits(raw, MIN_PHONE_DIGITS)) return false;
  for (const match of raw.replace(DATE, ' ').matchAll(PHONE_CANDIDATE)) {
    const candidate = match[0];
    const digits = candidate.replace(/\D/g, '').length;
    if (digits < MIN_PHONE_DIGITS || digits > MAX_PHONE_DIGITS) continue;
    if (!candidate.startsWith('+') && (YEARS.test(candidate) || THOUSANDS.test(candidate))) continue;
    return true;
  }
  return false;
}

/** Whether `s` holds at least `n` ASCII digits, stopping as soon as it does. */
function hasDigits(s: string, n: number): boolean {
  let seen = 0;
  for (let i = 0; i < s.length && seen < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) seen++;
  }
  return seen >= n;
}
