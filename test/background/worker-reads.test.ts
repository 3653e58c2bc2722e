/**
 * What the background keeps in memory between messages instead of reading storage on each: the
 * saved list, the hidden hints, the tabs' statuses and the plan suggestion; the settings, read in
 * one call, and not at all by a page's warm-up while nothing changed. Each must still answer with
 * what storage holds, whoever wrote it, and lose nothing when messages overlap.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage } from '../../lib/background/handle-message';
import type { PageContext } from '../../lib/protocol/answers';
import { loadSettings, saveSettings } from '../../lib/settings/store';
import { dismiss } from '../../lib/storage/dismissed-hints';
import { detectedPlanItem } from '../../lib/storage/items';
import { askPopupView, contentScriptSender, testEnv } from '../helpers/background';
import { savedPerson } from '../helpers/saved-person';
import { signalsFrom } from '../helpers/signals';

const NOW = Date.UTC(2026, 11, 5, 9);
const env = testEnv(() => NOW);

const person = (key: string) => savedPerson(key, NOW - 86_400_000);

const profileUrl = (slug: string) => `https://www.linkedin.com/in/${slug}/`;
const report = (slug: string, withContext = false) => ({
  type: 'page-report',
  url: profileUrl(slug),
  status: 'profile',
  signals: signalsFrom({ degree: '2nd' }),
  slug,
  ...(withContext ? { withContext: true } : {}),
});

/** Counts storage reads of each key, and the calls, in every area. */
let reads: Record<string, number>;
const restore: (() => void)[] = [];

beforeEach(() => {
  reads = {};
  for (const area of ['local', 'session', 'sync'] as const) {
    const storage = fakeBrowser.storage[area];
    const get = storage.get.bind(storage);
    storage.get = ((keys?: string | string[] | Record<string, unknown> | null) => {
      const names = typeof keys === 'string' ? [keys] : Array.isArray(keys) ? keys : [String(keys)];
      for (const name of names) reads[`${area}:${name}`] = (reads[`${area}:${name}`] ?? 0) + 1;
      reads[area] = (reads[area] ?? 0) + 1;
      return get(keys as never);
    }) as typeof storage.get;
    restore.push(() => {
      storage.get = get;
    });
  }
});

afterEach(() => {
  for (const undo of restore.splice(0)) undo();
});

describe('the saved list', () => {
  test('is read once, answers with what this worker saved, and with what anyone else wrote', async () => {
    await fakeBrowser.storage.local.set({ 'saved-people': [person('avery-example')] });
    expect((await askPopupView(env)).saved.people.map((p) => p.key)).toEqual(['avery-example']);
    expect((await askPopupView(env)).saved.people.map((p) => p.key)).toEqual(['avery-example']);
    expect(reads['local:saved-people']).toBe(1);

    // Saved from a profile's hint: the next answer has them at once.
    const tab = contentScriptSender(3, profileUrl('dana-example'));
    await handleMessage(report('dana-example'), tab, env);
    const saved = { type: 'save-profile', step: null, note: 'met at a meetup', followUpAt: null };
    expect(await handleMessage(saved, tab, env)).toMatchObject({ ok: true });
    expect((await askPopupView(env)).saved.people.map((p) => p.key).sort()).toEqual(['avery-example', 'dana-example']);

    // Written behind the worker's back (storage.onChanged says so): read again.
    await fakeBrowser.storage.local.set({ 'saved-people': [person('sam-example')] });
    expect((await askPopupView(env)).saved.people.map((p) => p.key)).toEqual(['sam-example']);
  });
});

describe('the hidden hints', () => {
  test('are read once, and a hint hidden in the page is hidden on the next view', async () => {
    const tab = contentScriptSender(4, profileUrl('dana-example'));
    const ask = async () =>
      ((await handleMessage({ type: 'page-context', slug: 'dana-example' }, tab, env)) as PageContext).profile;
    const first = await ask();
    expect(first?.showHint).toBe(true);
    expect((await ask())?.showHint).toBe(true);
    expect(reads['local:dismissed-hints']).toBe(1);

    // The content script writes the hidden hint itself.
    const { salt } = (await handleMessage({ type: 'page-context' }, tab, env)) as PageContext;
    await dismiss('dana-example', salt);
    expect((await ask())?.showHint).toBe(false);
    expect(await handleMessage(report('dana-example', true), tab, env)).toMatchObject({
      context: { profile: { showHint: false } },
    });
  });
});

describe('the tabs’ statuses', () => {
  test('two tabs reporting at once both keep their status', async () => {
    await Promise.all([
      handleMessage(report('avery-example'), contentScriptSender(1, profileUrl('avery-example')), env),
      handleMessage(report('dana-example'), contentScriptSender(2, profileUrl('dana-example')), env),
    ]);
    expect((await askPopupView(env, 1)).status?.slug).toBe('avery-example');
    expect((await askPopupView(env, 2)).status?.slug).toBe('dana-example');
    // And the popup, which reads storage itself, finds both there.
    const { 'tab-status': stored } = (await fakeBrowser.storage.session.get('tab-status')) as {
      'tab-status': Record<string, { slug?: string }>;
    };
    expect(Object.keys(stored).sort()).toEqual(['1', '2']);
  });

  test('are read from storage once per worker start', async () => {
    const tab = contentScriptSender(5, profileUrl('dana-example'));
    for (let view = 0; view < 3; view++) await handleMessage(report('dana-example'), tab, env);
    expect((await askPopupView(env, 5)).status?.slug).toBe('dana-example');
    expect(reads['session:tab-status']).toBe(1);
  });
});

describe('the settings', () => {
  test('come with their version in one read, and a change is read at once', async () => {
    await loadSettings();
    const before = reads.sync ?? 0;
    expect((await loadSettings()).plan).toBe('free');
    expect((reads.sync ?? 0) - before).toBe(1);
    // Saved by the options page: the very next read has it (the settings are never kept).
    await saveSettings({ plan: 'premium-career' });
    expect((await loadSettings()).plan).toBe('premium-career');
  });
});

describe('a page’s warm-up', () => {
  const tab = contentScriptSender(6, profileUrl('dana-example'));
  const warmUp = async () => {
    const before = reads['sync:settings'] ?? 0;
    expect(await handleMessage({ type: 'warm-up' }, tab, env)).toBeNull();
    return (reads['sync:settings'] ?? 0) - before;
  };

  test('reads the settings only when something the pace is computed from changed since', async () => {
    expect(await warmUp()).toBe(1);
    await handleMessage(report('dana-example'), tab, env);
    expect(await warmUp()).toBe(0);
    // The options page saves a plan: the next page's warm-up computes the pace with it.
    await saveSettings({ plan: 'premium-career' });
    expect(await warmUp()).toBe(1);
    expect(await warmUp()).toBe(0);
    // Another browser's counts arrive through sync.
    await fakeBrowser.storage.sync.set({ 'pace-other-device': {} });
    expect(await warmUp()).toBe(1);
    // The report itself always reads them.
    const before = reads['sync:settings'] ?? 0;
    await handleMessage(report('dana-example'), tab, env);
    expect((reads['sync:settings'] ?? 0) - before).toBe(1);
  });

  test('a change of a setting the pace does not use is seen once, not on every page after', async () => {
    await warmUp();
    await saveSettings({ hintsEnabled: false });
    expect(await warmUp()).toBe(1);
    expect(await warmUp()).toBe(0);
  });
});

describe('the plan suggestion', () => {
  const planHint = { plan: 'free', evidence: 'premium-trial-upsell' };
  const tab = contentScriptSender(8, profileUrl('dana-example'));

  test('is read once, kept, and written again after the options page dismissed it', async () => {
    for (let view = 0; view < 3; view++) await handleMessage({ ...report('dana-example'), planHint }, tab, env);
    expect(reads['local:detected-plan']).toBe(1);
    expect(await detectedPlanItem.getValue()).toEqual({ ...planHint, at: NOW });
    // Dismissed on the options page: the next page that suggests it again keeps it again.
    await detectedPlanItem.removeValue();
    await handleMessage({ ...report('dana-example'), planHint }, tab, env);
    expect(await detectedPlanItem.getValue()).toEqual({ ...planHint, at: NOW });
  });
});
