/**
 * Export, import and reset of everything LockLens keeps. Import applies all of it or nothing:
 * the file is validated whole first, and if a write fails midway the previous values are put back.
 */

import { browser } from 'wxt/browser';
import { buildExport, type DataState, parseImport, serializeExport } from '../data/export-file';
import type { ImportAnswer } from '../protocol/answers';
import { loadSettings } from '../settings/store';
import { loadDismissed } from '../storage/dismissed-hints';
import { detectedPlanItem, dismissedHintsItem, savedBackupItem, settingsItem } from '../storage/items';
import { paceKey, pushCounters } from './pace-sync';
import type { State } from './state';

export async function currentState(state: State): Promise<DataState> {
  const [settings, ledger, dismissedHints, saved, ownProfile] = await Promise.all([
    loadSettings(),
    state.ledger.load(),
    loadDismissed(),
    state.saved.load(),
    state.ownProfile.load(),
  ]);
  return { settings, ledger, dismissedHints, saved, ownProfile };
}

export async function exportData(state: State, now: Date): Promise<string> {
  return serializeExport(buildExport(await currentState(state), now));
}

async function writeState(state: State, data: DataState): Promise<void> {
  await settingsItem.setValue(data.settings);
  await state.ledger.replace(data.ledger);
  await dismissedHintsItem.setValue(data.dismissedHints);
  await state.saved.replace(data.saved);
  await state.ownProfile.replace(data.ownProfile);
  await pushCounters(data.ledger);
  await state.saved.showDueCount(state.now());
}

export async function importData(state: State, text: string): Promise<ImportAnswer> {
  const parsed = parseImport(text);
  if (!parsed.ok) return parsed;
  const before = await currentState(state);
  try {
    await writeState(state, parsed.state);
    return { ok: true };
  } catch (error) {
    await writeState(state, before).catch(() => {});
    return { ok: false, error: `Could not save the imported data (${String(error)}); nothing was changed.` };
  }
}

export async function resetData(state: State): Promise<void> {
  const ledger = await state.ledger.load();
  await settingsItem.removeValue();
  await state.ledger.clear();
  await dismissedHintsItem.removeValue();
  await detectedPlanItem.removeValue();
  await state.saved.replace([]);
  await savedBackupItem.removeValue();
  await state.ownProfile.replace(null);
  await state.saved.showDueCount(state.now());
  await browser.storage.sync.remove(paceKey(ledger.device)).catch(() => {});
}
