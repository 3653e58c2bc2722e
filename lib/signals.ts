/**
 * What the reader can tell from a LinkedIn profile page: plain data, no DOM.
 * Every signal is tri-state: a value, or `null` for "could not tell". `evidence` names the
 * selector-registry entries (or inference rules, prefixed `inferred:`) that produced it, so a
 * verdict can always say what it was built on.
 */

export const DEGREES = ['1st', '2nd', '3rd', 'out-of-network', 'self'] as const;
export type Degree = (typeof DEGREES)[number];

/** Where Connect is offered: as a row action, inside the More menu, or not at all. */
export const CONNECT_OFFERS = ['primary', 'more-menu', 'none'] as const;
export type ConnectOffer = (typeof CONNECT_OFFERS)[number];

/** Shared context LinkedIn shows in the top card or highlights ("You both studied at …"). */
export const HIGHLIGHTS = ['shared-group', 'shared-school', 'shared-company'] as const;
export type Highlight = (typeof HIGHLIGHTS)[number];

export interface Signal<T> {
  value: T | null;
  evidence: string[];
}

/** A count such as "500+ connections": `atLeast` marks a lower bound. */
export interface Count {
  count: number;
  atLeast: boolean;
}

export interface ProfileSignals {
  degree: Signal<Degree>;
  messageAction: Signal<boolean>;
  connect: Signal<ConnectOffer>;
  pending: Signal<boolean>;
  followPrimary: Signal<boolean>;
  premiumBadge: Signal<boolean>;
  verified: Signal<boolean>;
  /** true: a real photo; false: the grey placeholder. */
  photo: Signal<boolean>;
  connections: Signal<Count>;
  followers: Signal<Count>;
  mutualConnections: Signal<number>;
  openToWork: Signal<boolean>;
  hiring: Signal<boolean>;
  about: Signal<boolean>;
  activity: Signal<boolean>;
  highlights: Signal<Highlight[]>;
  /** They invited the viewer: their top card offers Accept (true), or the reader could not tell (null). */
  incomingInvitation: Signal<boolean>;
  /** The page's UI language, e.g. `en`, `de`, `fr`, `es`, `pt`. */
  language: Signal<string>;
}

export type SignalName = keyof ProfileSignals;

/**
 * What a card in a people list (search results, My Network) can show of a person
 * (lib/reader/read-list-card.ts): the rest of their signals is never on a card.
 */
export const CARD_SIGNALS = {
  degree: true,
  messageAction: true,
  connect: true,
  pending: true,
  followPrimary: true,
  premiumBadge: true,
  incomingInvitation: true,
  language: true,
} as const satisfies Partial<Record<SignalName, true>>;

export type CardSignals = Pick<ProfileSignals, keyof typeof CARD_SIGNALS>;

/** Who the profile belongs to, as far as the page says (used for per-profile state, never stored raw). */
export interface ProfileIdentity {
  /** Vanity name from `/in/<slug>/`. */
  slug: string | null;
  /** LinkedIn's profile id (`ACoA…`) from the top card's componentkey or the Message link. */
  profileId: string | null;
  /** Display name as shown, for the hint's own text only. */
  name: string | null;
}

export type ReadResult =
  | { page: 'profile'; identity: ProfileIdentity; signals: ProfileSignals }
  | { page: 'unrecognized'; reason: UnrecognizedReason };

export const UNRECOGNIZED_REASONS = ['not-a-profile-page', 'top-card-missing', 'not-html', 'reader-error'] as const;
export type UnrecognizedReason = (typeof UNRECOGNIZED_REASONS)[number];

/** Plain values of every signal, the shape `npm run explain -- --json` prints. */
export type SignalValues = { [K in SignalName]: ProfileSignals[K]['value'] };

export function signalValues(signals: ProfileSignals): SignalValues {
  const out = {} as Record<SignalName, unknown>;
  for (const name of Object.keys(signals) as SignalName[]) out[name] = signals[name].value;
  return out as SignalValues;
}
