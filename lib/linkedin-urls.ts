/**
 * Everything LockLens knows about LinkedIn's URLs, in one module (as refined-github keeps its
 * URL knowledge in github-url-detection): which page a URL is, and which person a profile URL or
 * a link names. Examples for each function live beside it in test/linkedin-urls.test.ts.
 *
 * A person is named two ways (both seen 2026-03..12): by a vanity name (`/in/dana-example/`,
 * case-insensitive, often percent-encoded) and by a member id (`/in/ACoAAFAKE…/`, from the feed,
 * messaging, notifications and search; case-sensitive; the same id as the Message link's
 * `recipient=` and the top card's componentkey). A `ProfileKey` keeps the two apart:
 * `v:<vanity, decoded, lower case>` or `m:<member id>`.
 */

export type ProfileKey = `v:${string}` | `m:${string}`;

/** `/in/<name>/`, optionally followed by a secondary-language segment (`/in/<name>/fr/`, `/de-DE`). */
const PROFILE_PATH = /^\/in\/([^/]+)(?:\/[a-z]{2}(?:[-_][A-Za-z]{2})?)?\/?$/;
/** LinkedIn's member ids (fsd_profile): `ACoAA` and base64url, 39 characters in every page seen. */
const MEMBER_ID = /^ACo[A-Za-z0-9_-]{20,}$/;
const ORIGIN = 'https://www.linkedin.com';

/** Percent-decoding that never throws: a malformed `%` leaves the text as it was. */
export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The key of the person a name from `/in/<name>/` stands for. */
export function profileKey(name: string): ProfileKey | null {
  const decoded = safeDecode(name).trim().normalize('NFC');
  if (!decoded) return null;
  return MEMBER_ID.test(decoded) ? `m:${decoded}` : `v:${decoded.toLowerCase()}`;
}

/**
 * The one spelling of a person's name that per-profile state is kept and hashed under (hidden
 * hints, last contact, the saved list): a vanity name decoded and in lower case, a member id as it is.
 */
export function canonicalName(name: string): string | null {
  return profileKey(name)?.slice(2) ?? null;
}

/** The vanity name a key holds, or null for a member id. */
export function vanityOf(key: ProfileKey | null): string | null {
  return key?.startsWith('v:') ? key.slice(2) : null;
}

function parse(url: string): URL | null {
  try {
    return new URL(url, ORIGIN);
  } catch {
    return null;
  }
}

/** The path of a page on www.linkedin.com over https, or null for any other address. */
function linkedInPath(url: string): string | null {
  return /^https:\/\/www\.linkedin\.com\//.test(url) ? (parse(url)?.pathname ?? null) : null;
}

/**
 * The person a profile page's URL names: `/in/<name>/` and nothing below it (`/in/<name>/overlay/…`,
 * `/details/…` are other views), on www.linkedin.com over https only.
 */
export function profileKeyFromUrl(url: string): ProfileKey | null {
  const name = PROFILE_PATH.exec(linkedInPath(url) ?? '')?.[1];
  return name ? profileKey(name) : null;
}

export function isProfileUrl(url: string): boolean {
  return profileKeyFromUrl(url) !== null;
}

/** People search results: `/search/results/people/` with any query (2026-12). */
const PEOPLE_SEARCH_PATH = /^\/search\/results\/people\/?$/;
/** My Network and every list under it: suggestions (`/mynetwork/`, `/mynetwork/grow/`), invitations, catch-up. */
const MY_NETWORK_PATH = /^\/mynetwork(?:\/|$)/;

export function isPeopleSearchUrl(url: string): boolean {
  return PEOPLE_SEARCH_PATH.test(linkedInPath(url) ?? '');
}

export function isMyNetworkUrl(url: string): boolean {
  return MY_NETWORK_PATH.test(linkedInPath(url) ?? '');
}

/** A page that lists people with their actions, one card each: people search and My Network. */
export function isPeopleListUrl(url: string): boolean {
  const path = linkedInPath(url) ?? '';
  return PEOPLE_SEARCH_PATH.test(path) || MY_NETWORK_PATH.test(path);
}

/** The person a link points at (`/in/<name>/…`, relative or absolute, any view below it). */
export function profileKeyFromHref(href: string): ProfileKey | null {
  const name = /\/in\/([^/?#]+)/.exec(href)?.[1];
  return name ? profileKey(name) : null;
}

/** A search parameter of a link (`recipient=` of Message, `vanityName=` of Connect), decoded once. */
export function hrefParam(href: string, name: string): string | null {
  return parse(href)?.searchParams.get(name) || null;
}

/**
 * The person a Connect link invites: `/preload/custom-invite/?vanityName=<name>` in profiles,
 * their More menu, search results and My Network cards (2026; `search-custom-invite` in search,
 * per 2026 open-source code).
 */
export function inviteeFromHref(href: string): ProfileKey | null {
  if (!/\/preload\/(?:search-)?custom-invite\//.test(href)) return null;
  const name = hrefParam(href, 'vanityName');
  return name ? profileKey(name) : null;
}

/** The address of a profile from its vanity name; an ill-formed name (lone surrogates) is escaped away. */
export function profileUrl(vanity: string): string {
  return `${ORIGIN}/in/${encodeURIComponent(vanity.toWellFormed())}/`;
}
