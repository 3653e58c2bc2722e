/**
 * The user's own profile: the self view's report leaves a summary in local storage, and from then
 * on the viewer's facts carry its completeness and connection count, so the evaluator's
 * community-level causes "incomplete profile" and "small network" appear where they apply.
 * Nobody else's profile is ever summarized.
 */
import { describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage } from '../../lib/background/handle-message';
import { viewerWithOwnProfile } from '../../lib/background/viewer';
import type { Cause } from '../../lib/evaluator/types';
import type { OwnProfileRead } from '../../lib/own-profile/summary';
import type { ProfileAnswer } from '../../lib/protocol/answers';
import type { SignalValues } from '../../lib/signals';
import { askPopupView, contentScriptSender, testEnv } from '../helpers/background';
import { signalsFrom } from '../helpers/signals';

const NOW = Date.UTC(2026, 11, 1, 9);
const env = testEnv(() => NOW);

/** The user's own page: no photo, no About, no posts, a headline, 42 connections. */
const SELF: Partial<SignalValues> = {
  degree: 'self',
  messageAction: false,
  connect: 'none',
  photo: false,
  about: false,
  activity: true,
  connections: { count: 42, atLeast: false },
};
const SELF_READ: OwnProfileRead = {
  headline: true,
  experience: null,
  cardTitles: ['Experience', 'Education'],
  posts: false,
};

const reportFrom = (tabId: number, slug: string, values: Partial<SignalValues>, ownProfile?: OwnProfileRead) =>
  handleMessage(
    {
      type: 'page-report',
      url: `https://www.linkedin.com/in/${slug}/`,
      status: 'profile',
      slug,
      signals: signalsFrom(values),
      ...(ownProfile ? { ownProfile } : {}),
    },
    contentScriptSender(tabId, `https://www.linkedin.com/in/${slug}/`),
    env,
  ) as Promise<ProfileAnswer | null>;

/** A locked 3rd-degree stranger's verdict, as the user opens their profile. */
const strangersCauses = async (): Promise<Cause[]> => (await reportFrom(8, 'dana-example', {}))?.verdict.causes ?? [];

const stored = async () => (await fakeBrowser.storage.local.get('own-profile'))['own-profile'];

describe('the summary of the user’s own profile', () => {
  test('is made from the self view’s report and kept in local storage, never in sync', async () => {
    await reportFrom(7, 'jamie-viewer', SELF, SELF_READ);
    expect(await stored()).toEqual({
      // The Experience card is named by its title (the page's language is English).
      parts: { photo: false, headline: true, about: false, experience: true, activity: false },
      connections: 42,
      completeness: 0.4,
      readAt: NOW,
    });
    expect(await fakeBrowser.storage.sync.get('own-profile')).toEqual({});
    expect((await askPopupView(env)).ownProfile).toEqual(await stored());
  });

  test('is never made from anyone else’s profile, whatever the report carries', async () => {
    await reportFrom(7, 'dana-example', { degree: '2nd' }, SELF_READ);
    await reportFrom(7, 'dana-example', { degree: null }, SELF_READ);
    expect(await stored()).toBeUndefined();
    expect((await askPopupView(env)).ownProfile).toBeNull();
  });

  test('says "could not tell" for what the page did not show, and no share when too little was known', async () => {
    await reportFrom(
      7,
      'jamie-viewer',
      { ...SELF, photo: null, about: null, connections: null },
      {
        headline: null,
        experience: null,
        cardTitles: [],
        posts: true,
      },
    );
    expect(await stored()).toMatchObject({
      parts: { photo: null, headline: null, about: null, experience: null, activity: true },
      connections: null,
      completeness: null,
    });
  });

  test('a report whose own-profile part is malformed is refused whole', async () => {
    for (const ownProfile of [
      { ...SELF_READ, headline: 'yes' },
      { ...SELF_READ, cardTitles: Array.from({ length: 41 }, () => 'Experience') },
      { ...SELF_READ, cardTitles: ['x'.repeat(101)] },
    ]) {
      expect(await reportFrom(7, 'jamie-viewer', SELF, ownProfile as OwnProfileRead)).toBeUndefined();
    }
    expect(await stored()).toBeUndefined();
  });
});

describe('the verdict, once the user has opened their own profile', () => {
  test('before that, neither community cause appears', async () => {
    const ids = (await strangersCauses()).map((cause) => cause.id);
    expect(ids).not.toContain('sender-profile-incomplete');
    expect(ids).not.toContain('sender-network-small');
  });

  test('an incomplete profile and a small network appear, with low confidence, as community claims', async () => {
    await reportFrom(7, 'jamie-viewer', SELF, SELF_READ);
    const causes = await strangersCauses();
    expect(causes.find((cause) => cause.id === 'sender-profile-incomplete')).toEqual({
      id: 'sender-profile-incomplete',
      confidence: 0.2,
      source: 'community',
      evidence: [{ key: 'evidence.profile-completeness', params: { percent: 40 } }],
    });
    expect(causes.find((cause) => cause.id === 'sender-network-small')).toEqual({
      id: 'sender-network-small',
      confidence: 0.15,
      source: 'community',
      evidence: [{ key: 'evidence.own-connections', params: { count: 42 } }],
    });
    // Never the likeliest reason: the page's own facts come first.
    expect(causes[0]?.id).toBe('not-connected');
  });

  test('a complete profile with 500+ connections raises neither', async () => {
    await reportFrom(
      7,
      'jamie-viewer',
      { ...SELF, photo: true, about: true, connections: { count: 500, atLeast: true } },
      {
        ...SELF_READ,
        posts: true,
      },
    );
    const ids = (await strangersCauses()).map((cause) => cause.id);
    expect(ids).not.toContain('sender-profile-incomplete');
    expect(ids).not.toContain('sender-network-small');
  });

  test('the viewer takes its facts from the summary, and none without one', () => {
    const summary = {
      parts: { photo: true, headline: true, about: true, experience: true, activity: false },
      connections: 120,
      completeness: 0.8,
      readAt: NOW,
    };
    expect(viewerWithOwnProfile({ plan: 'free' }, summary)).toEqual({
      plan: 'free',
      profileCompleteness: 0.8,
      ownConnections: 120,
    });
    expect(viewerWithOwnProfile({ plan: 'free' }, null)).toEqual({
      plan: 'free',
      profileCompleteness: null,
      ownConnections: null,
    });
  });
});
