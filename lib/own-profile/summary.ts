/**
 * The summary LockLens keeps of the user's OWN profile, read when they open it (the self view):
 * which parts it shows, the connection count, and when it was read. Never anyone else's profile,
 * and never the texts themselves. It feeds the evaluator's community-level causes "incomplete
 * profile" and "small network" (the viewer's `profileCompleteness` and `ownConnections`).
 * Plain data and arithmetic: the popup shows it without taking the reader in.
 */
/** The parts of a profile the completeness is the share of, in the order the popup lists them. */
export const OWN_PROFILE_PARTS = ['photo', 'headline', 'about', 'experience', 'activity'] as const;
export type OwnProfilePart = (typeof OWN_PROFILE_PARTS)[number];

/** What only the self view's page shows (lib/reader/read-own-profile.ts); each null when it could not tell. */
export interface OwnProfileRead {
  headline: boolean | null;
  /** true when the page shows a current position; else the titles below tell (`experienceFromTitles`). */
  experience: boolean | null;
  /** Titles of the cards below the Activity card ("Experience", "Education"…): LinkedIn's words, not the user's. */
  cardTitles: string[];
  /** Recent posts in the Activity card. */
  posts: boolean | null;
}

export interface OwnProfileSummary {
  /** true: shown; false: missing; null: could not tell. */
  parts: Record<OwnProfilePart, boolean | null>;
  /** The connection count as shown ("500+" is 500), or null. */
  connections: number | null;
  /** Share of the known parts present, 0..1; null when too few parts were known. */
  completeness: number | null;
  readAt: number;
}

/** Fewer known parts than this say too little for a share. */
export const MIN_KNOWN_PARTS = 3;

export function completenessOf(parts: OwnProfileSummary['parts']): number | null {
  const known = OWN_PROFILE_PARTS.map((part) => parts[part]).filter((value) => value !== null);
  if (known.length < MIN_KNOWN_PARTS) return null;
  return known.filter(Boolean).length / known.length;
}
