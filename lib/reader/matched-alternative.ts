/**
 * The registry alternative an evidence string names (`more#1`, `not-mutual:followedByLink#0`),
 * with the date its markup was seen. For people reading `npm run explain`: an entry read through a
 * later alternative than on the fixtures of the same layout is a sign that a newer one stopped
 * matching. Unbundled code only: the extension's builds carry no dates (selectors.ts).
 */
import { COMPOSER, LIST, PAGE, type SelectorEntry, TOP_CARD } from './selectors';

export interface MatchedAlternative {
  /** As the reader wrote it, without a prefix: `more#1`. */
  evidence: string;
  entry: string;
  /** 0 is the entry's first alternative, the newest. */
  index: number;
  /** How many alternatives the entry has. */
  of: number;
  css: string;
  seen: string;
}

/** Entry names are unique across the groups (test/reader/selectors.test.ts). */
export const REGISTRY: Readonly<Record<string, SelectorEntry>> = { ...PAGE, ...TOP_CARD, ...COMPOSER, ...LIST };

const EVIDENCE = /(?:^|:)([A-Za-z]+)#(\d+)$/;

export function matchedAlternative(evidence: string): MatchedAlternative | null {
  const [, entry = '', index = ''] = EVIDENCE.exec(evidence) ?? [];
  const alternatives = Object.hasOwn(REGISTRY, entry) ? REGISTRY[entry] : undefined;
  const alternative = alternatives?.[Number(index)];
  if (!alternatives || !alternative) return null;
  return { evidence: `${entry}#${index}`, entry, index: Number(index), of: alternatives.length, ...alternative };
}

/** The distinct alternatives named in `evidence`, in their first order; other evidence is left out. */
export function matchedAlternatives(evidence: Iterable<string>): MatchedAlternative[] {
  const byEvidence = new Map<string, MatchedAlternative>();
  for (const item of evidence) {
    const match = matchedAlternative(item);
    if (match && !byEvidence.has(match.evidence)) byEvidence.set(match.evidence, match);
  }
  return [...byEvidence.values()];
}
