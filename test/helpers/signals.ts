import type { ProfileSignals, SignalValues } from '../../lib/signals';

/** A 3rd-degree stranger with Connect in More: the most common locked profile. */
export const BASE_VALUES: SignalValues = {
  degree: '3rd',
  messageAction: true,
  connect: 'more-menu',
  pending: false,
  followPrimary: false,
  premiumBadge: false,
  verified: false,
  photo: true,
  connections: { count: 500, atLeast: true },
  followers: { count: 1200, atLeast: false },
  mutualConnections: null,
  openToWork: null,
  hiring: null,
  about: true,
  activity: false,
  highlights: [],
  incomingInvitation: null,
  language: 'en',
};

export function signalsFrom(values: Partial<SignalValues> = {}): ProfileSignals {
  const merged = { ...BASE_VALUES, ...values };
  const out = {} as Record<string, { value: unknown; evidence: string[] }>;
  for (const [name, value] of Object.entries(merged)) out[name] = { value, evidence: ['test'] };
  return out as unknown as ProfileSignals;
}
