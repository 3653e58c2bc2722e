/**
 * The background's side of the list marks: a people list's page context (whether to mark it) and
 * its `list-report` (each card's verdict from the same evaluator as a profile's, with the mark's
 * one line), through the message handler as the content script reaches it; and saving a person
 * from a list card's mark.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { handleMessage } from '../../lib/background/handle-message';
import { markLabel } from '../../lib/background/list-report';
import { evaluate } from '../../lib/evaluator/evaluate';
import { CAUSE_IDS, STEP_IDS } from '../../lib/evaluator/types';
import { CATALOGUES } from '../../lib/messages/catalogues';
import type { ListedAnswer, PageContext } from '../../lib/protocol/answers';
import { type ListedPerson, listReportSchema } from '../../lib/protocol/schemas';
import { listCardProfile } from '../../lib/reader/list-card-profile';
import { cardsIn, readListCard } from '../../lib/reader/read-list-card';
import { readLanguage } from '../../lib/reader/read-profile';
import { saveSettings } from '../../lib/settings/store';
import { CARD_SIGNALS } from '../../lib/signals';
import { dismiss } from '../../lib/storage/dismissed-hints';
import { askPopupView, contentScriptSender, testEnv } from '../helpers/background';

const NOW = Date.UTC(2026, 11, 7, 12);
const env = testEnv(() => NOW);
const SEARCH_URL = 'https://www.linkedin.com/search/results/people/?keywords=example';
const sender = contentScriptSender(3, SEARCH_URL);

/** The English search fixture's people, as the content script sends them. */
function searchPeople(): ListedPerson[] {
  const html = readFileSync(join(import.meta.dirname, '../fixtures/search-results-people.html'), 'utf8');
  const page = new DOMParser().parseFromString(html, 'text/html');
  const language = readLanguage(page);
  return cardsIn(page.body).flatMap((element) => {
    const card = readListCard(element, language);
    return card ? [{ slug: card.key.slice(2), name: card.name, signals: card.signals }] : [];
  });
}

const listReport = (cards: ListedPerson[]) =>
  handleMessage({ type: 'list-report', cards }, sender, env) as Promise<(ListedAnswer | null)[] | null>;

describe('a people list', () => {
  test('is marked unless list marks are off or quiet mode is on; the marks’ first words come with the answer', async () => {
    const ask = () => handleMessage({ type: 'page-context', list: true }, sender, env) as Promise<PageContext>;
    const on = await ask();
    expect(on.list).toEqual({ show: true, texts: expect.objectContaining({ 'messaging.locked': 'Message locked' }) });
    expect(on.salt).toEqual(expect.any(String));
    await saveSettings({ quietMode: true });
    expect((await ask()).list).toEqual({ show: false, texts: {} });
    await saveSettings({ quietMode: false, listMarks: false });
    expect((await ask()).list).toEqual({ show: false, texts: {} });
  });

  test('each card gets the verdict its signals give the evaluator, and its one line', async () => {
    const people = searchPeople();
    const answers = await listReport(people);
    expect(answers?.map((answer) => answer?.label)).toEqual([
      'Free to message · Message now (free)',
      'Locked: not connected · Connect with a note (free)',
      'Locked: not connected · Connect with a note (free)',
      'Locked: not connected · Engage with their posts first (free)',
      'Locked: invitation pending · Wait for them to accept (free)',
      'Locked: not connected · Try Message (Open Profile) (free)',
    ]);
    // The very verdict the evaluator gives the card's signals, everything else unknown, for a free plan.
    const [, sam] = people;
    if (!sam) throw new Error('no second card');
    const viewer = { plan: 'free' as const, noteQuotaPerMonth: 5, oldInvitations: 0 };
    expect(answers?.[1]?.verdict.causes.map((c) => c.id)).toEqual(
      evaluate(listCardProfile(sam.signals), viewer).causes.map((c) => c.id),
    );
    expect(answers?.[1]).toMatchObject({ saved: null, lastContact: null });
  });

  test('says nothing of a person whose hint the user hid, and nothing at all with list marks off', async () => {
    const people = searchPeople();
    const { salt } = (await handleMessage({ type: 'page-context', list: true }, sender, env)) as PageContext;
    await dismiss('kim-fakename', salt);
    const answers = await listReport(people);
    expect(answers?.map((answer) => answer === null)).toEqual([false, false, true, false, false, false]);
    await saveSettings({ listMarks: false });
    expect(await listReport(people)).toBeNull();
  });

  test('keeps nothing about the people it was told of', async () => {
    const { fakeBrowser } = await import('wxt/testing/fake-browser');
    const before = JSON.stringify([await fakeBrowser.storage.local.get(), await fakeBrowser.storage.sync.get()]);
    await listReport(searchPeople());
    const after = JSON.stringify([await fakeBrowser.storage.local.get(), await fakeBrowser.storage.sync.get()]);
    for (const name of ['Sam Placeholder', 'sam-placeholder-42', 'kim-fakename']) expect(after).not.toContain(name);
    expect(after.length).toBeLessThanOrEqual(before.length + 2000);
  });

  test('refuses a report that is not a list of card signals', async () => {
    const [dana] = searchPeople();
    expect(await handleMessage({ type: 'list-report', cards: 'all' }, sender, env)).toBeUndefined();
    expect(await handleMessage({ type: 'list-report', cards: Array(201).fill(dana) }, sender, env)).toBeUndefined();
    // A card never carries what only a profile shows: anything more is dropped, not believed.
    const withAbout = { ...dana, signals: { ...dana?.signals, about: { value: true, evidence: [] } } };
    const parsed = listReportSchema.parse({ type: 'list-report', cards: [withAbout] });
    expect(Object.keys(parsed.cards[0]?.signals ?? {}).sort()).toEqual(Object.keys(CARD_SIGNALS).sort());
  });

  test('saves the person of a card’s mark, with the name the card shows, evaluated as their mark was', async () => {
    const [, sam] = searchPeople();
    const answer = await handleMessage(
      { type: 'save-profile', step: 'connect-with-note', note: ' met at the fair ', followUpAt: null, person: sam },
      sender,
      env,
    );
    expect(answer).toEqual({ ok: true });
    const { saved } = await askPopupView(env);
    expect(saved.people).toEqual([
      expect.objectContaining({
        key: 'sam-placeholder-42',
        name: 'Sam Placeholder',
        url: 'https://www.linkedin.com/in/sam-placeholder-42/',
        note: 'met at the fair',
        verdict: expect.objectContaining({ messaging: 'locked', degree: '2nd' }),
      }),
    ]);
  });
});

describe('the mark’s line', () => {
  test.each(Object.entries(CATALOGUES))(
    'has a short name for every cause, and words for every cost (%s)',
    (_l, texts) => {
      for (const id of CAUSE_IDS) expect(texts[`ui.mark.cause.${id}`], id).toEqual(expect.any(String));
      for (const cost of ['free', 'credit', 'paid']) expect(texts[`ui.cost.${cost}`], cost).toEqual(expect.any(String));
      for (const id of STEP_IDS) expect(texts[`step.${id}`], id).toEqual(expect.any(String));
      expect(texts['ui.mark.locked']).toContain('{cause}');
    },
  );

  test('names the cause only where messaging is locked', () => {
    const free = evaluate(listCardProfile(searchPeople()[0]?.signals ?? ({} as never)), { plan: 'free' });
    expect(free.messaging).toBe('free');
    expect(markLabel(free)).toBe('Free to message · Message now (free)');
    expect(markLabel({ messaging: 'locked', causes: [], nextSteps: [] })).toBe('Message locked');
  });
});
