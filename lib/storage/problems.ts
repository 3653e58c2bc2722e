/**
 * Problems LockLens met with its own stored data, kept so the options page can tell the user:
 * a value from a newer LockLens, a damaged value it recovered from, a full sync quota. Nothing
 * valid is ever wiped silently: what was recovered and what was set aside is said here.
 */
import { problemsItem } from './items';

export const STORAGE_PROBLEMS = [
  'settings-newer-version',
  'settings-fields-reset',
  'ledger-recovered',
  'saved-recovered',
  'own-profile-unreadable',
  'sync-quota',
] as const;
export type StorageProblemKind = (typeof STORAGE_PROBLEMS)[number];

export interface StorageProblem {
  kind: StorageProblemKind;
  at: number;
  /** What was affected, e.g. the reset field names or "12 of 340 events dropped". */
  detail: string;
}

const MAX = 20;

export async function loadProblems(): Promise<StorageProblem[]> {
  const stored = await problemsItem.getValue().catch(() => null);
  return Array.isArray(stored) ? (stored as StorageProblem[]).slice(-MAX) : [];
}

export async function reportProblem(kind: StorageProblemKind, detail: string, at = Date.now()): Promise<void> {
  const problems = await loadProblems();
  // Settings are read on every profile view: a problem already on record is not written again.
  if (problems.some((p) => p.kind === kind && p.detail === detail)) return;
  await problemsItem.setValue([...problems, { kind, at, detail }].slice(-MAX)).catch(() => {});
}

export async function clearProblems(): Promise<void> {
  await problemsItem.removeValue().catch(() => {});
}
