/**
 * Which LinkedIn page a URL is, from the URL alone (the DOM is checked by the reader).
 * Examples for each predicate live beside it in test/page-detection.test.ts.
 */

const PROFILE_PATH = /^\/in\/([^/]+)\/?$/;

/** `/in/<slug>/` and nothing below it (`/in/<slug>/overlay/…`, `/details/…` are other views). */
export function isProfileUrl(url: string): boolean {
  return profileSlugFromUrl(url) !== null;
}

export function profileSlugFromUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.hostname !== 'www.linkedin.com' || parsed.protocol !== 'https:') return null;
  const match = PROFILE_PATH.exec(parsed.pathname);
  if (!match?.[1]) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return null;
  }
}
