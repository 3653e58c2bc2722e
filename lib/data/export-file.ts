/**
 * LockLens's export file: everything it keeps, in one JSON document, and the strict reading of
 * it back. An import is validated whole (format, versions, every field) before anything is
 * written; an older settings version is migrated; any problem is named precisely.
 */

import { ownProfileSchema } from '../own-profile/schema';
import type { OwnProfileSummary } from '../own-profile/summary';
import { type Ledger, ledgerSchema } from '../pace/ledger';
import { type SavedPerson, savedListSchema } from '../saved/schema';
import { migrateSettings } from '../settings/migrations';
import { SETTINGS_VERSION, type Settings, settingsSchema } from '../settings/schema';
import { z } from '../zod';

export const EXPORT_FORMAT = 'locklens-export';
export const LEDGER_VERSION = 1;
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export interface DataState {
  settings: Settings;
  ledger: Ledger;
  dismissedHints: string[];
  /** People saved for later (absent in exports made before the list existed). */
  saved: SavedPerson[];
  /** The summary of the user's own profile, or null (absent in exports made before it existed). */
  ownProfile: OwnProfileSummary | null;
}

export interface ExportFile extends DataState {
  format: typeof EXPORT_FORMAT;
  settingsVersion: number;
  ledgerVersion: number;
  exportedAt: string;
}

const dismissedSchema = z.array(z.string().check(z.maxLength(64))).check(z.maxLength(500));

export function buildExport(state: DataState, now: Date): ExportFile {
  return {
    format: EXPORT_FORMAT,
    settingsVersion: SETTINGS_VERSION,
    ledgerVersion: LEDGER_VERSION,
    exportedAt: now.toISOString(),
    settings: state.settings,
    ledger: state.ledger,
    dismissedHints: state.dismissedHints,
    saved: state.saved,
    ownProfile: state.ownProfile,
  };
}

export function serializeExport(file: ExportFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

export type ImportResult = { ok: true; state: DataState } | { ok: false; error: string };

function firstIssue(section: string, error: { issues: readonly { path: PropertyKey[]; message: string }[] }): string {
  const issue = error.issues[0];
  if (!issue) return `${section} is not valid`;
  const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
  return `${section}${path}: ${issue.message}`;
}

const fail = (error: string): ImportResult => ({ ok: false, error });

export function parseImport(text: string): ImportResult {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_IMPORT_BYTES) {
    return fail(`The file is too large (${(bytes / 1048576).toFixed(1)} MB; a LockLens export is at most 5 MB).`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail('The file is not valid JSON: it may be truncated or not a LockLens export.');
  }
  if (!data || typeof data !== 'object' || (data as { format?: unknown }).format !== EXPORT_FORMAT) {
    return fail('This is not a LockLens export file (its "format" is not "locklens-export").');
  }
  const file = data as Record<string, unknown>;
  const settingsVersion = file.settingsVersion;
  if (typeof settingsVersion !== 'number' || !Number.isInteger(settingsVersion) || settingsVersion < 1) {
    return fail('The file has no valid settings version.');
  }
  if (settingsVersion > SETTINGS_VERSION) {
    return fail(
      `The file was made by a newer LockLens (settings version ${settingsVersion}; this one reads up to ${SETTINGS_VERSION}). Update LockLens first.`,
    );
  }
  if (file.ledgerVersion !== LEDGER_VERSION) {
    return fail(
      `The file's pace history has version ${String(file.ledgerVersion)}; this LockLens reads version ${LEDGER_VERSION}.`,
    );
  }
  if (!file.settings || typeof file.settings !== 'object') return fail('settings: missing');
  const settings = settingsSchema.safeParse(migrateSettings(file.settings as Record<string, unknown>, settingsVersion));
  if (!settings.success) return fail(firstIssue('settings', settings.error));
  const ledger = ledgerSchema.safeParse(file.ledger);
  if (!ledger.success) return fail(firstIssue('ledger', ledger.error));
  const dismissed = dismissedSchema.safeParse(file.dismissedHints ?? []);
  if (!dismissed.success) return fail(firstIssue('dismissedHints', dismissed.error));
  const saved = savedListSchema.safeParse(file.saved ?? []);
  if (!saved.success) return fail(firstIssue('saved', saved.error));
  const ownProfile = z.nullable(ownProfileSchema).safeParse(file.ownProfile ?? null);
  if (!ownProfile.success) return fail(firstIssue('ownProfile', ownProfile.error));
  return {
    ok: true,
    state: {
      settings: settings.data,
      ledger: ledger.data,
      dismissedHints: dismissed.data,
      saved: saved.data,
      ownProfile: ownProfile.data,
    },
  };
}
