/**
 * The background under a flood of bad messages. `handleMessage` must drop every malformed
 * message, and every well-formed one from the wrong sender, with `undefined`: no throw, no write
 * to any storage area, no change to Object.prototype. Afterwards it still answers a valid
 * message from a valid sender. Messages are generated with fast-check (fixed seeds).
 */
import fc from 'fast-check';
import { afterAll, afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage } from '../../lib/background/handle-message';
import type { PopupView } from '../../lib/protocol/answers';
import type { SenderInfo } from '../../lib/protocol/senders';
import { testEnv } from '../helpers/background';
import { signalsFrom } from '../helpers/signals';

const NOW = Date.UTC(2026, 10, 21);
const env = testEnv(() => NOW);
const CONTENT: SenderInfo = { id: 'test-extension-id', url: 'https://www.linkedin.com/in/x/', tab: { id: 3 } };
const PAGE: SenderInfo = { id: 'test-extension-id', url: 'chrome-extension://test-extension-id/popup.html' };
const SEED = 20261121;

let messagesSent = 0;
afterAll(() => {
  console.info(`background flood: ${messagesSent} bad messages dropped`);
});

// ---------------------------------------------------------------------------------------------
// One valid message of every kind, for the sender it is meant for.

type Message = Record<string, unknown>;
const signals = signalsFrom();
const REPORT_URL = 'https://www.linkedin.com/in/x/';

const VALID_CONTENT: Record<string, Message> = {
  'page-report': {
    type: 'page-report',
    url: REPORT_URL,
    status: 'profile',
    signals,
    slug: 'x',
    name: 'X Person',
    planHint: { plan: 'free', evidence: 'premium-trial-upsell' },
    withContext: true,
  },
  'page-context': { type: 'page-context', slug: 'x' },
  send: { type: 'send', event: { id: 'event-0001', kind: 'invite', at: NOW, recipient: 'abc123' } },
  'linkedin-notice': { type: 'linkedin-notice', notice: { kind: 'inmail-credits', at: NOW, value: 3 } },
  'check-text': {
    type: 'check-text',
    kind: 'message',
    text: 'Hello there',
    firstMessage: true,
    language: 'en',
    recipient: { firstName: 'X', company: null, headlineWords: ['engineer'] },
  },
  'save-profile': { type: 'save-profile', step: 'connect-with-note', note: 'later', followUpAt: null },
};
const VALID_PAGE: Record<string, Message> = {
  'export-data': { type: 'export-data' },
  'import-data': { type: 'import-data', text: '{}' },
  'reset-data': { type: 'reset-data' },
  'save-tab': { type: 'save-tab', tabId: 3, step: null, note: '', followUpAt: null },
  'saved-update': { type: 'saved-update', key: 'x', done: true },
  'popup-view': { type: 'popup-view', tabId: 3 },
};

// ---------------------------------------------------------------------------------------------
// Ways to break each message, each invalid by construction (per protocol.ts): a required field
// removed, or a field set to a value of the wrong type, outside its enum, or over its bounds.

const HUGE = 'x'.repeat(2_000_000);
const NOT_STRING: unknown[] = [0, 1, -1, true, false, null, {}, [], ['a'], { toString: 'x' }, 12n, new Date(0)];
const NOT_NUMBER: unknown[] = ['1', '', true, null, {}, [], [1], Number.NaN, 12n, new Date(0)];
const NOT_BOOLEAN: unknown[] = ['true', 'false', 0, 1, null, {}, [], 'yes'];
const NOT_NULLABLE_BOOLEAN = NOT_BOOLEAN.filter((v) => v !== null);
const NOT_OBJECT: unknown[] = ['x', 1, true, null, [], 12n];
const NOT_ARRAY: unknown[] = ['x', 1, true, null, {}, { length: 0 }, { 0: 'a', length: 1 }];
const NOT_NULLABLE_STRING = NOT_STRING.filter((v) => v !== null);
const NOT_NULLABLE_NUMBER = NOT_NUMBER.filter((v) => v !== null);
const BAD_ENUM: unknown[] = ['', ' ', 'X', 'unknown', '__proto__', 'constructor', 'toString', 0, true, {}, [], null];
const NON_NULL_BAD_ENUM = BAD_ENUM.filter((v) => v !== null);
const over = (max: number) => ['y'.repeat(max + 1), HUGE];

type Path = readonly (string | number)[];
const REMOVED = Symbol('removed');
interface Break {
  path: Path;
  values: readonly unknown[];
}
const drop = (...path: Path): Break => ({ path, values: [REMOVED] });
const bad = (values: readonly unknown[], ...path: Path): Break => ({ path, values });

const BREAKS: Record<string, Break[]> = {
  'page-report': [
    drop('url'),
    drop('status'),
    bad(NOT_STRING, 'url'),
    bad(over(2048), 'url'),
    bad(BAD_ENUM, 'status'),
    bad(NON_NULL_BAD_ENUM, 'reason'),
    bad(NOT_OBJECT, 'signals'),
    drop('signals', 'degree'),
    drop('signals', 'language'),
    drop('signals', 'degree', 'evidence'),
    bad(['first', '4th', 1, true, {}], 'signals', 'degree', 'value'),
    bad(NOT_NULLABLE_BOOLEAN, 'signals', 'pending', 'value'),
    bad(NOT_ARRAY, 'signals', 'degree', 'evidence'),
    bad([[''.padEnd(81, 'e')], Array.from({ length: 9 }, () => 'e'), [1], [null]], 'signals', 'verified', 'evidence'),
    bad(
      [{ count: -1, atLeast: false }, { count: 1.5, atLeast: true }, { count: 1 }, { count: '1', atLeast: true }],
      'signals',
      'connections',
      'value',
    ),
    bad([-1, 1.5, '3', Number.NaN, Number.POSITIVE_INFINITY], 'signals', 'mutualConnections', 'value'),
    bad(
      [['shared-group', 'x'], 'shared-group', [1], Array.from({ length: 4 }, () => 'shared-group')],
      'signals',
      'highlights',
      'value',
    ),
    bad([...over(8), 8], 'signals', 'language', 'value'),
    bad([...NOT_NULLABLE_STRING.filter((v) => v !== undefined), ...over(200)], 'slug'),
    bad([...NOT_NULLABLE_STRING, ...over(200)], 'name'),
    bad([...NOT_OBJECT.filter((v) => v !== undefined), 'free'], 'planHint'),
    drop('planHint', 'plan'),
    drop('planHint', 'evidence'),
    bad(['premium-career', 'recruiter', ...BAD_ENUM], 'planHint', 'plan'),
    bad(BAD_ENUM, 'planHint', 'evidence'),
    bad([null, 1, 'true', {}], 'withContext'),
  ],
  'page-context': [bad(NOT_STRING, 'type'), bad([0, true, {}, [], ...over(200)], 'slug')],
  send: [
    drop('event'),
    drop('event', 'id'),
    drop('event', 'kind'),
    drop('event', 'at'),
    drop('event', 'recipient'),
    bad(NOT_OBJECT, 'event'),
    bad(['short', ...over(64), ...NOT_STRING], 'event', 'id'),
    bad(BAD_ENUM, 'event', 'kind'),
    bad([...NOT_NUMBER, -1], 'event', 'at'),
    bad([...over(32), ...NOT_STRING], 'event', 'recipient'),
    bad([['x'.repeat(17)], Array.from({ length: 65 }, () => 'f'), 'abc', [1]], 'event', 'fingerprint'),
    bad(
      NOT_NULLABLE_STRING.filter((v) => typeof v !== 'boolean'),
      'event',
      'free',
    ),
  ],
  'linkedin-notice': [
    drop('notice'),
    drop('notice', 'kind'),
    drop('notice', 'at'),
    bad(BAD_ENUM, 'notice', 'kind'),
    bad([...NOT_NUMBER, -1], 'notice', 'at'),
    bad([-1, 1.5, 100_001, '3', true], 'notice', 'value'),
  ],
  'check-text': [
    drop('kind'),
    drop('text'),
    drop('firstMessage'),
    drop('language'),
    drop('recipient'),
    drop('recipient', 'firstName'),
    drop('recipient', 'headlineWords'),
    bad(BAD_ENUM, 'kind'),
    bad([...NOT_STRING, ...over(100_000)], 'text'),
    bad(NOT_BOOLEAN, 'firstMessage'),
    bad([...NOT_NULLABLE_STRING, ...over(8)], 'language'),
    bad(NOT_OBJECT, 'recipient'),
    bad([...NOT_NULLABLE_STRING, ...over(100)], 'recipient', 'firstName'),
    bad([...NOT_NULLABLE_STRING, ...over(200)], 'recipient', 'company'),
    bad([...NOT_ARRAY, [1], ['w'.repeat(101)], Array.from({ length: 65 }, () => 'w')], 'recipient', 'headlineWords'),
  ],
  'save-profile': [
    drop('step'),
    drop('note'),
    drop('followUpAt'),
    bad(NON_NULL_BAD_ENUM, 'step'),
    bad([...NOT_STRING, ...over(280)], 'note'),
    bad([...NOT_NULLABLE_NUMBER, -1], 'followUpAt'),
  ],
  'export-data': [bad(['export', 'EXPORT-DATA', ...NOT_STRING], 'type')],
  'import-data': [drop('text'), bad([...NOT_STRING, 'z'.repeat(6 * 1024 * 1024 + 1)], 'text')],
  'reset-data': [bad(['reset', 'reset-data ', ...NOT_STRING], 'type')],
  'save-tab': [
    drop('tabId'),
    drop('step'),
    drop('note'),
    drop('followUpAt'),
    bad([...NOT_NUMBER, -1, 1.5], 'tabId'),
    bad(NON_NULL_BAD_ENUM, 'step'),
    bad([...NOT_STRING, ...over(280)], 'note'),
    bad([...NOT_NULLABLE_NUMBER, -1], 'followUpAt'),
  ],
  'popup-view': [
    drop('tabId'),
    bad([...NOT_NUMBER.filter((v) => v !== null), -1, 1.5, Number.POSITIVE_INFINITY], 'tabId'),
    bad(NOT_BOOLEAN, 'allSaved'),
  ],
  'saved-update': [
    drop('key'),
    bad([...NOT_STRING, ...over(200)], 'key'),
    bad(
      NOT_NULLABLE_STRING.filter((v) => typeof v !== 'boolean'),
      'done',
    ),
    bad([...NOT_NULLABLE_NUMBER, -1], 'followUpAt'),
    bad([false, 'true', 1, null], 'remove'),
  ],
};
/** Every message can also lose its type or carry one that is not ours. */
const BAD_TYPES: unknown[] = [
  REMOVED,
  '',
  'PAGE-REPORT',
  'page_report',
  'page-report ',
  ' popup-view',
  // Retired (2026-11-22: the popup asks for everything with popup-view): no longer answered.
  'tab-status',
  'pace-summary',
  'saved-list',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'valueOf',
  0,
  null,
  true,
  ['page-report'],
  { toString: 'page-report' },
];

/** Deep copy that keeps what JSON cannot (bigint, Date, symbols are not in templates). */
function copy<T>(value: T): T {
  return structuredClone(value);
}

function setPath(message: Message, path: Path, value: unknown): void {
  let target = message as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) {
    const next = target[key];
    if (!next || typeof next !== 'object') return;
    target = next as Record<string | number, unknown>;
  }
  const last = path[path.length - 1] as string | number;
  if (value === REMOVED) delete target[last];
  else target[last] = value;
}

/** Own keys that pollute when merged carelessly, as JSON.parse (and structured clone) create them. */
const POLLUTERS = [
  () => JSON.parse('{"__proto__": {"polluted": "yes"}}') as Message,
  () => JSON.parse('{"constructor": {"prototype": {"polluted": "yes"}}}') as Message,
  () => JSON.parse('{"prototype": {"polluted": "yes"}, "__defineGetter__": "x"}') as Message,
  () => ({}),
];

/** A page report whose signals nest `depth` levels deep. */
function deep(depth: number, leaf: unknown = 'bottom'): Message {
  let value: unknown = leaf;
  for (let i = 0; i < depth; i++) value = i % 2 === 0 ? { value, evidence: [value] } : [value];
  return { type: 'page-report', url: REPORT_URL, status: 'profile', signals: { degree: value } };
}

function cyclic(): Message {
  const message: Message = { type: 'check-text', kind: 'message', text: 'x', firstMessage: true, language: null };
  const recipient: Record<string, unknown> = { firstName: null, company: null };
  recipient.headlineWords = recipient;
  message.recipient = recipient;
  message.self = message;
  return message;
}

/** Whole messages that are not messages at all. */
const NOT_MESSAGES: (() => unknown)[] = [
  () => undefined,
  () => null,
  () => 'page-report',
  () => JSON.stringify(VALID_CONTENT['page-context']),
  () => 42,
  () => 12n,
  () => true,
  () => [],
  () => [VALID_CONTENT['page-context']],
  () => [VALID_PAGE['popup-view']],
  () => ({ message: VALID_PAGE['reset-data'] }),
  () => new Map(Object.entries(VALID_PAGE['reset-data'] as Message)),
  () => new Set(['reset-data']),
  () => new Date(NOW),
  () => /reset-data/,
  () => new Uint8Array([1, 2, 3]),
  () => deep(5_000),
  () => deep(20_000, VALID_PAGE['reset-data']),
  () => cyclic(),
  () => HUGE,
  () => Object.assign(Object.create(null) as Message, { type: 'reset-data ' }),
];

interface Malformed {
  message: unknown;
  template: string;
}

const templateArb = fc.constantFrom(...Object.keys(BREAKS));
const malformedArb: fc.Arbitrary<Malformed> = fc.oneof(
  // A valid message with one field broken, maybe with polluting keys beside it.
  {
    weight: 6,
    arbitrary: fc
      .record({ template: templateArb, which: fc.nat(), value: fc.nat(), polluter: fc.nat(), extra: fc.boolean() })
      .map(({ template, which, value, polluter, extra }) => {
        const base = copy(VALID_CONTENT[template] ?? VALID_PAGE[template] ?? {});
        const breaks = BREAKS[template] ?? [];
        const broken = breaks[which % breaks.length];
        const message = extra ? Object.assign((POLLUTERS[polluter % POLLUTERS.length] ?? (() => ({})))(), base) : base;
        if (broken) setPath(message, broken.path, broken.values[value % broken.values.length]);
        return { message, template };
      }),
  },
  // A valid message whose type is gone or not ours.
  {
    weight: 2,
    arbitrary: fc.record({ template: templateArb, type: fc.constantFrom(...BAD_TYPES) }).map(({ template, type }) => {
      const message = copy(VALID_CONTENT[template] ?? VALID_PAGE[template] ?? {});
      setPath(message, ['type'], type);
      return { message, template };
    }),
  },
  // Not a message at all.
  {
    weight: 1,
    arbitrary: fc.constantFrom(...NOT_MESSAGES).map((make) => ({ message: make(), template: 'none' })),
  },
  // Anything structured clone could deliver (Firefox) or JSON (Chrome).
  {
    weight: 2,
    arbitrary: fc
      .anything({
        maxDepth: 4,
        withBigInt: true,
        withDate: true,
        withMap: true,
        withSet: true,
        withTypedArray: true,
        withSparseArray: true,
        withNullPrototype: true,
        withBoxedValues: true,
        key: fc.oneof(fc.string(), fc.constantFrom('type', '__proto__', 'constructor', 'prototype', 'tabId', 'text')),
      })
      .map((message) => ({ message, template: 'anything' })),
  },
);

// ---------------------------------------------------------------------------------------------
// Senders that are not ours, or not the one a message is meant for.

const foreignSenderArb: fc.Arbitrary<SenderInfo> = fc.oneof(
  fc.constantFrom<SenderInfo>(
    { ...CONTENT, id: 'another-extension-id' },
    { ...CONTENT, id: 'TEST-EXTENSION-ID' },
    { ...CONTENT, id: 'test-extension-id ' },
    { ...CONTENT, id: '' },
    { url: CONTENT.url, tab: { id: 3 } },
    { ...PAGE, id: 'another-extension-id' },
    { id: 'another-extension-id', url: 'chrome-extension://another-extension-id/popup.html' },
    { ...CONTENT, url: 'https://evil.example/in/x/' },
    { ...CONTENT, url: 'https://www.linkedin.com.evil.example/in/x/' },
    { ...CONTENT, url: 'https://www.linkedin.com.evil.example/' },
    { ...CONTENT, url: 'http://www.linkedin.com/in/x/' },
    { ...CONTENT, url: 'https://linkedin.com/in/x/' },
    { ...CONTENT, url: 'https://de.linkedin.com/in/x/' },
    { ...CONTENT, url: 'https://www.linkedin.com@evil.example/in/x/' },
    { ...CONTENT, url: 'https://evil.example/#https://www.linkedin.com/in/x/' },
    { ...CONTENT, url: 'https://evil.example/?u=https://www.linkedin.com/' },
    { ...CONTENT, url: 'https://www.linkedin.com:8443/in/x/' },
    { ...CONTENT, url: 'https://www.linkedin.com./in/x/' },
    { ...CONTENT, url: 'wss://www.linkedin.com/' },
    { ...CONTENT, url: 'file:///home/user/linkedin.html' },
    { ...CONTENT, url: 'data:text/html,<p>https://www.linkedin.com/</p>' },
    { ...CONTENT, url: 'javascript:alert(1)' },
    { ...CONTENT, url: 'about:blank' },
    { ...CONTENT, url: '' },
    { ...CONTENT, url: 'not a url' },
    { ...CONTENT, url: undefined },
    { id: CONTENT.id, url: CONTENT.url },
    { id: CONTENT.id, url: CONTENT.url, tab: {} },
    { id: CONTENT.id, url: CONTENT.url, tab: { id: undefined } },
    { ...CONTENT, url: 'chrome-extension://test-extension-idX/popup.html' },
    { ...CONTENT, url: 'chrome-extension://test-extension-id.evil/popup.html' },
    { ...CONTENT, url: 'chrome-extension://another-extension-id/popup.html' },
    { ...CONTENT, url: 'moz-extension://test-extension-id/popup.html' },
    { id: CONTENT.id, url: 'chrome-extension://test-extension-id' },
    {},
  ),
  // A page on any other origin, with or without a tab.
  fc.record({
    id: fc.constant(CONTENT.id),
    url: fc.webUrl().filter((url) => {
      try {
        return new URL(url).origin !== 'https://www.linkedin.com';
      } catch {
        return true;
      }
    }),
    tab: fc.option(fc.record({ id: fc.nat() }), { nil: undefined }),
  }),
);

const validContentArb = fc.constantFrom(...Object.values(VALID_CONTENT));
const validPageArb = fc.constantFrom(...Object.values(VALID_PAGE));
/** A well-formed message from someone it is not meant for. */
const wrongSenderArb: fc.Arbitrary<{ message: Message; sender: SenderInfo }> = fc.oneof(
  fc.record({ message: fc.oneof(validContentArb, validPageArb), sender: foreignSenderArb }),
  // An extension page pretending to be a content script (with a tab id, as a popup opened in a tab has).
  fc.record({
    message: validContentArb,
    sender: fc.constantFrom<SenderInfo>(PAGE, { ...PAGE, tab: { id: 3 } }, { ...PAGE, url: `${PAGE.url}?tab=3` }),
  }),
  // A content script pretending to be an extension page.
  fc.record({
    message: validPageArb,
    sender: fc.constantFrom<SenderInfo>(CONTENT, {
      ...CONTENT,
      url: 'https://www.linkedin.com/in/x/?chrome-extension://test-extension-id/',
    }),
  }),
);

// ---------------------------------------------------------------------------------------------

async function storageSnapshot(): Promise<string> {
  const [local, sync, session] = await Promise.all([
    fakeBrowser.storage.local.get(null),
    fakeBrowser.storage.sync.get(null),
    fakeBrowser.storage.session.get(null),
  ]);
  return JSON.stringify({ local, sync, session });
}

const PROTOTYPES = [Object.prototype, Array.prototype, Function.prototype, String.prototype];
const prototypeKeys = () => PROTOTYPES.map((proto) => Reflect.ownKeys(proto).map(String).sort().join());
const PRISTINE = prototypeKeys();

function expectUnpolluted(): void {
  expect(prototypeKeys()).toEqual(PRISTINE);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.prototype.toString.call({})).toBe('[object Object]');
}

/**
 * Some state worth protecting: a tab's report, a saved person, a notice in the ledger. (Not a
 * send: it schedules a pace push to storage.sync 5 s later, which would land mid-flood.)
 */
async function seedState(): Promise<void> {
  expect(await handleMessage(VALID_CONTENT['page-report'], CONTENT, env)).toMatchObject({ verdict: {} });
  expect(await handleMessage(VALID_CONTENT['save-profile'], CONTENT, env)).toMatchObject({ ok: true });
  expect(await handleMessage(VALID_CONTENT['linkedin-notice'], CONTENT, env)).toBeNull();
  expect(await storageSnapshot()).toContain('inmail-credits');
}

/**
 * Sends one message that must be dropped: undefined, no throw, no write, no pollution. The
 * floods stop at the first failure (`endOnFailure`): after a write, shrinking would only find
 * "storage changed" everywhere.
 */
async function expectDropped(message: unknown, sender: SenderInfo, before: string): Promise<void> {
  messagesSent++;
  let answer: unknown;
  try {
    answer = await handleMessage(message, sender, env);
  } catch (error) {
    throw new Error(`handleMessage threw: ${String(error)}`);
  }
  if (answer !== undefined) throw new Error(`answered ${JSON.stringify(answer)?.slice(0, 200)}`);
  const after = await storageSnapshot();
  if (after !== before) throw new Error('storage changed');
  if (prototypeKeys().join('|') !== PRISTINE.join('|') || ({} as { polluted?: unknown }).polluted !== undefined) {
    throw new Error('a prototype was polluted');
  }
}

/** What the popup is shown: the status of tab 3 (the content script's tab) and the saved list. */
const popupView = async () => (await handleMessage({ type: 'popup-view', tabId: 3 }, PAGE, env)) as PopupView;

async function expectStillWorks(): Promise<void> {
  const answer = await handleMessage(
    { ...VALID_CONTENT['page-report'], signals: signalsFrom({ degree: '2nd' }) },
    CONTENT,
    env,
  );
  expect(answer).toMatchObject({ verdict: { messaging: 'locked' } });
  const { status } = await popupView();
  expect(status?.verdict?.causes[0]?.id).toBe('not-connected');
  expect(status).toMatchObject({ status: 'profile', slug: 'x', verdict: { messaging: 'locked' } });
}

describe('the templates are valid (so dropping them elsewhere means something)', () => {
  // A send schedules a pace push to storage.sync 5 s later: keep it from firing in a later test.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(() => {
    vi.clearAllTimers();
    vi.useRealTimers();
  });
  test.each(Object.entries(VALID_CONTENT))('%s from the content script is answered', async (_type, message) => {
    await handleMessage(VALID_CONTENT['page-report'], CONTENT, env);
    expect(await handleMessage(message, CONTENT, env)).not.toBeUndefined();
  });
  test.each(Object.entries(VALID_PAGE))('%s from an extension page is answered', async (_type, message) => {
    expect(await handleMessage(message, PAGE, env)).not.toBeUndefined();
  });
});

describe('a flood of bad messages', () => {
  test('malformed messages from our own content script and pages are dropped', async () => {
    await seedState();
    const before = await storageSnapshot();
    await fc.assert(
      fc.asyncProperty(malformedArb, fc.nat(3), async ({ message, template }, pick) => {
        // Mostly from the sender the template is meant for, sometimes from the other one.
        const own = template in VALID_PAGE ? PAGE : CONTENT;
        const sender = pick === 0 ? (own === PAGE ? CONTENT : PAGE) : own;
        await expectDropped(message, sender, before);
      }),
      { seed: SEED, numRuns: 3000, endOnFailure: true },
    );
    expectUnpolluted();
    await expectStillWorks();
  }, 60_000);

  test('well-formed messages from the wrong sender are dropped', async () => {
    await seedState();
    const before = await storageSnapshot();
    await fc.assert(
      fc.asyncProperty(wrongSenderArb, async ({ message, sender }) => {
        await expectDropped(message, sender, before);
      }),
      { seed: SEED + 1, numRuns: 2500, endOnFailure: true },
    );
    expectUnpolluted();
    await expectStillWorks();
  }, 60_000);

  test('malformed messages from the wrong sender are dropped too', async () => {
    await seedState();
    const before = await storageSnapshot();
    await fc.assert(
      fc.asyncProperty(malformedArb, foreignSenderArb, async ({ message }, sender) => {
        await expectDropped(message, sender, before);
      }),
      { seed: SEED + 2, numRuns: 500, endOnFailure: true },
    );
    expectUnpolluted();
    await expectStillWorks();
  }, 60_000);
});

describe('prototype keys inside well-formed messages', () => {
  const withPolluters = (message: Message) =>
    JSON.parse(
      JSON.stringify(message).replace(
        /^\{/,
        '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},',
      ),
    ) as Message;

  test('are ignored in a page report, its signals and a text check, and never stored', async () => {
    const report = withPolluters({
      ...VALID_CONTENT['page-report'],
      signals: withPolluters({ ...signals, degree: withPolluters({ value: '2nd', evidence: ['x'] }) }),
    });
    await handleMessage(report, CONTENT, env);
    const { status } = await popupView();
    expect(status?.verdict?.messaging).toBe('locked');
    const check = withPolluters({
      ...VALID_CONTENT['check-text'],
      recipient: withPolluters({ firstName: 'X', company: null, headlineWords: [] }),
    });
    expect(await handleMessage(check, CONTENT, env)).toMatchObject({ enabled: true });
    expectUnpolluted();
    expect(await storageSnapshot()).not.toContain('polluted');
  });

  test('are refused or dropped in an imported file, whichever part they sit in', async () => {
    await seedState();
    const exported = JSON.parse((await handleMessage({ type: 'export-data' }, PAGE, env)) as string) as Message;
    const poison = '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}';
    const variants = [
      JSON.stringify(exported).replace(/^\{/, `{"__proto__":{"polluted":"yes"},`),
      JSON.stringify({ ...exported, settings: JSON.parse(`${poison.slice(0, -1)},"plan":"free"}`) }),
      JSON.stringify({ ...exported, ledger: { ...(exported.ledger as Message), days: JSON.parse(poison) } }),
      JSON.stringify({ ...exported, saved: [JSON.parse(poison)] }),
      JSON.stringify({ ...exported, dismissedHints: ['__proto__', 'constructor'] }),
    ];
    for (const text of variants) {
      const answer = await handleMessage({ type: 'import-data', text }, PAGE, env);
      expect(answer).toHaveProperty('ok');
      expectUnpolluted();
    }
    expect(await storageSnapshot()).not.toContain('polluted');
  });

  test('a saved-list key named like a prototype member is just a key', async () => {
    for (const key of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      expect(await handleMessage({ type: 'saved-update', key, remove: true }, PAGE, env)).toBeNull();
      expect(await handleMessage({ type: 'saved-update', key, done: true }, PAGE, env)).toBeNull();
    }
    expectUnpolluted();
    expect((await popupView()).saved.people).toEqual([]);
  });
});

describe('hostile but well-formed content from our own content script', () => {
  // Any Unicode, lone surrogates included (a page's DOM strings may hold them), within the bounds.
  const text = (max: number) => fc.string({ unit: 'binary', maxLength: max });
  const wellFormed = (max: number) => fc.string({ unit: 'grapheme', maxLength: max }).filter((t) => t.length <= max);

  test('never makes the background throw, and pollutes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          url: text(300),
          // Lone surrogates in the slug are the known bug below: well-formed text only here.
          slug: wellFormed(200),
          name: text(200),
          note: text(280),
          check: text(2000),
          firstName: fc.option(text(100), { nil: null }),
          words: fc.array(text(30), { maxLength: 10 }),
          followUpAt: fc.option(fc.double({ min: 0, max: 1e15, noNaN: true }), { nil: null }),
        }),
        async ({ url, slug, name, note, check, firstName, words, followUpAt }) => {
          const report = { type: 'page-report', url, status: 'profile', signals, slug, name };
          expect(await handleMessage(report, CONTENT, env)).toMatchObject({ verdict: {} });
          expect(await handleMessage({ type: 'page-context', slug }, CONTENT, env)).toMatchObject({
            profile: { showHint: true },
          });
          const save = { type: 'save-profile', step: null, note, followUpAt };
          expect(await handleMessage(save, CONTENT, env)).toHaveProperty('ok');
          const textCheck = {
            ...VALID_CONTENT['check-text'],
            text: check,
            recipient: { firstName, company: firstName, headlineWords: words },
          };
          expect(await handleMessage(textCheck, CONTENT, env)).toHaveProperty('findings');
          expect((await popupView()).saved.people).toBeInstanceOf(Array);
          expect(
            await handleMessage({ type: 'saved-update', key: slug.toLowerCase(), remove: true }, PAGE, env),
          ).toBeNull();
          expectUnpolluted();
        },
      ),
      { seed: SEED + 3, numRuns: 150 },
    );
    await expectStillWorks();
  }, 60_000);
});

/**
 * KNOWN BUG (reported 2026-11): saveFromTab (lib/background/save.ts) builds the saved URL with
 * `encodeURIComponent(tab.slug)`, which throws URIError on a lone surrogate; the slug comes from a
 * content script's report and passed the schema, so handleMessage rejects instead of answering.
 * Remove `.fails` once the schemas refuse ill-formed strings (`String.prototype.isWellFormed`)
 * or saveFromTab answers `{ ok: false }` for such a slug.
 */
test('a slug with a lone surrogate does not make save-profile throw', async () => {
  await handleMessage({ ...VALID_CONTENT['page-report'], slug: 'x\uD800' }, CONTENT, env);
  await expect(handleMessage(VALID_CONTENT['save-profile'], CONTENT, env)).resolves.toBeDefined();
});

/**
 * KNOWN BUG (reported 2026-11): lib/saved/sync.ts looks tombstones up with `removed[p.key]` on a
 * plain object, so a person whose key is an Object.prototype member ("constructor" is a valid
 * LinkedIn vanity name) finds `Object` there, compares NaN, and is dropped from the saved list
 * by the next sync pull. Remove `.fails` once mergeSaved uses `Object.hasOwn` (or a Map).
 */
test('a person saved from /in/constructor/ survives a sync pull', async () => {
  const report = {
    ...VALID_CONTENT['page-report'],
    url: 'https://www.linkedin.com/in/constructor/',
    slug: 'constructor',
  };
  await handleMessage(report, CONTENT, env);
  expect(await handleMessage(VALID_CONTENT['save-profile'], CONTENT, env)).toMatchObject({ ok: true });
  const saved = async () => (await popupView()).saved.people;
  expect((await saved()).map((p) => p.key)).toEqual(['constructor']);
  await env.state.saved.pullSynced(NOW);
  expect((await saved()).map((p) => p.key)).toEqual(['constructor']);
});
