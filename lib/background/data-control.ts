/**
 * Export, import and reset of everything LockLens keeps. Import applies all of it or nothing:
 * the file is validated whole first, and if a write fails midway the previous values are put back.
 */
import { browser } from 'wxt/browser';
import { buildExport, type DataState, parseImport, serializeExport } from '../data/export-file';
import { DISMISSED_KEY, loadDismissed } from '../dismissed-hints';
import { loadSettings, settingsItem } from '../settings/store';
import { clearLedger, loadLedger, replaceLedger } from './ledger-store';
import { loadOwnProfile, replaceOwnProfile } from './own-profile-store';
import { paceKey, pushCounters } from './pace-sync';
import { loadSaved, replaceSaved, showDueCount } from './saved-store';

export async function currentState(): Promise<DataState> {
  const [settings, ledger, dismissedHints, saved, ownProfile] = await Promise.all([
    loadSettings(),
    loadLedger(),
    loadDismissed(),
    loadSaved(),
    loadOwnProfile(),
  ]);
  return { settings, ledger, dismissedHints, saved, ownProfile };
}

export async function exportData(now: Date): Promise<string> {
  return serializeExport(buildExport(await currentState(), now));
}

async function writeState(state: DataState): Promise<void> {
  await settingsItem.setValue(state.settings);
  await replaceLedger(state.ledger);
  await browser.storage.local.set({ [DISMISSED_KEY]: state.dismissedHints });
  await replaceSaved(state.saved);
  await replaceOwnProfile(state.ownProfile);
  await pushCounters(state.ledger);
  await showDueCount(Date.now());
}

export type ImportAnswer = { ok: true } | { ok: false; error: string };

export async function importData(text: string): Promise<ImportAnswer> {
  const parsed = parseImport(text);
  if (!parsed.ok) return parsed;
  const before = await currentState();
  try {
    await writeState(parsed.state);
    return { ok: true };
  } catch (error) {
    await writeState(before).catch(() => {});
    return { ok: false, error: `Could not save the imported data (${String(error)}); nothing was changed.` };
  }
}

export async function resetData(): Promise<void> {
  const ledger = await loadLedger();
  await settingsItem.removeValue();
  await clearLedger();
  await browser.storage.local.remove([DISMISSED_KEY, 'detected-plan']);
  await replaceSaved([]);
  await replaceOwnProfile(null);
  await showDueCount(Date.now());
  await browser.storage.sync.remove(paceKey(ledger.device)).catch(() => {});
}
