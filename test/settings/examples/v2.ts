/** Settings as version 2 stores them, migrated from the v1 example. Frozen: never edit. */
export const SETTINGS_V2 = Object.freeze({
  plan: 'premium-career',
  inmailCredits: 3,
  hintsEnabled: true,
  quietMode: false,
  renewalDay: null,
  openProfile: false,
  limits: {},
  composerChecks: true,
  warnAtPercent: 80,
  retentionDays: 35,
});
