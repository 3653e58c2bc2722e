import type { Signal } from '../signals';

export function found<T>(value: T, ...evidence: string[]): Signal<T> {
  return { value, evidence };
}

export function unknown<T>(...evidence: string[]): Signal<T> {
  return { value: null, evidence };
}

/** true when an entry matched, false when it did not (for markers whose absence is meaningful). */
export function presence(match: { evidence: string } | null, entryName: string): Signal<boolean> {
  return match ? found(true, match.evidence) : found(false, `absent:${entryName}`);
}
