/**
 * Migrations of the stored settings, one per version, as pure functions: the same code runs
 * when WXT storage finds an older value and when the user imports an older export file.
 */
import { SETTINGS_VERSION } from './schema';

type Stored = Record<string, unknown>;

/** `MIGRATIONS[n]` turns version n-1 into version n. */
export const MIGRATIONS: Record<number, (previous: Stored) => Stored> = {
  // v2 (2026-11): account renewal day and Open Profile, limit overrides, composer checks,
  // warning threshold and retention.
  2: (v1) => ({
    ...v1,
    renewalDay: null,
    openProfile: false,
    limits: {},
    composerChecks: true,
    warnAtPercent: 80,
    retentionDays: 35,
  }),
  // v3 (2026-12): list marks in people search results and on My Network, on by default.
  3: (v2) => ({ ...v2, listMarks: true }),
};

/** Runs every migration from `fromVersion` to the current version. */
export function migrateSettings(value: Stored, fromVersion: number): Stored {
  let current = value;
  for (let version = fromVersion + 1; version <= SETTINGS_VERSION; version++) {
    const step = MIGRATIONS[version];
    if (!step) throw new Error(`No migration to settings version ${version}`);
    current = step(current);
  }
  return current;
}
