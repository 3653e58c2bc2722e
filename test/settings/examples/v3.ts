/** Settings as version 3 stores them, migrated from the v2 example. Frozen: never edit. */
export const SETTINGS_V3 = Object.freeze({
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
  listMarks: true,
});
