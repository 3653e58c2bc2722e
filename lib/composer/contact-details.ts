/**
 * Links and phone numbers in a first message. Email addresses are left alone: offering one is
 * ordinary courtesy.
 */

const TLDS =
  'com|net|org|io|co|ai|app|dev|de|fr|es|pt|br|uk|eu|ch|nl|info|biz|xyz|tech|site|online|store|shop|link|ly|gl';
const LINK_SOURCE =
  String.raw`\bhttps?:\/\/[^\s]+|\bwww\.[^\s]+|(?<![\p{L}\p{N}@._%+\-])(?:[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?\.)+` +
  String.raw`(?:${TLDS})(?::\d{1,5})?(?:\/[^\s]*)?(?![\p{L}\p{N}@\-])`;
const LINK_HINT = new RegExp(String.raw`https?:\/\/|www\.|[a-z0-9]\.(?:${TLDS})(?![a-z0-9])`, 'i');
export const LINK_GLOBAL = new RegExp(LINK_SOURCE, 'giu');
/**
 * Technology names that look like domains. Short TLDs that are also words ("at", "be", "in", "me",
 * "to") are left out of the list above, so "the invite.Be well" is a typo, not a link.
 */
const NOT_LINKS = new Set(['asp.net', 'vb.net', 'ado.net']);

export function hasLink(raw: string): boolean {
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

export function hasPhone(raw: string): boolean {
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
