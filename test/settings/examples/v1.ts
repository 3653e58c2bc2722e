/** Settings as version 1 stored them (LockLens 0.1.0, 2026-11). Frozen: never edit. */
export const SETTINGS_V1 = Object.freeze({
  plan: 'premium-career',
  inmailCredits: 3,
  hintsEnabled: true,
  quietMode: false,
});
