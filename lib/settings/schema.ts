/**
 * The user's settings: the zod schema is the source of truth for the type. Stored in
 * `storage.sync` so they follow the user across browsers. Each change of shape bumps
 * SETTINGS_VERSION and adds a migration in ./migrations.ts and a frozen example in
 * test/settings/examples/.
 */
import { PLANS, type ViewerContext } from '../evaluator/types';
import { DEFAULT_WARN_AT_PERCENT } from '../pace/limits';
import { LIMIT_IDS, type LimitId } from '../pace/types';
import { z } from '../zod';

export const SETTINGS_VERSION = 3;

/** The range an override may take, per limit: whole numbers, and nothing absurd. */
export const LIMIT_RANGES: Record<LimitId, { min: number; max: number }> = {
  'invites-per-week': { min: 1, max: 500 },
  'notes-per-month': { min: 0, max: 100 },
  'note-length': { min: 50, max: 1000 },
  'inmail-credits-per-month': { min: 0, max: 500 },
  'messages-per-day': { min: 1, max: 500 },
};

const limitsShape = Object.fromEntries(
  LIMIT_IDS.map((id) => [id, z.optional(z.int().check(z.gte(LIMIT_RANGES[id].min), z.lte(LIMIT_RANGES[id].max)))]),
) as { [K in LimitId]: z.ZodMiniOptional<z.ZodMiniInt> };

export const settingsSchema = z.object({
  plan: z.enum(PLANS),
  /** InMail credits left, when the user has told LockLens (null: unknown). */
  inmailCredits: z.nullable(z.int().check(z.gte(0), z.lte(1000))),
  /** Day of the month the subscription renews (null: unknown). */
  renewalDay: z.nullable(z.int().check(z.gte(1), z.lte(31))),
  /** The user's own Open Profile setting (Premium only): anyone can message them for free. */
  openProfile: z.boolean(),
  /** The user's own limits, overriding LockLens's defaults. */
  limits: z.object(limitsShape),
  /** Show the hint on LinkedIn profiles. */
  hintsEnabled: z.boolean(),
  /** Insert nothing into LinkedIn's page; the badge and the popup carry the explanation. */
  quietMode: z.boolean(),
  /** Check messages and notes while the user writes them. */
  composerChecks: z.boolean(),
  /** A lock or check beside each person in people search results and on My Network. */
  listMarks: z.boolean(),
  /** Warn at this share of a limit, in percent. */
  warnAtPercent: z.int().check(z.gte(50), z.lte(95)),
  /** Days of detailed send history kept on this device (older sends are kept as daily counts). */
  retentionDays: z.int().check(z.gte(32), z.lte(365)),
});

export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  plan: 'free',
  inmailCredits: null,
  renewalDay: null,
  openProfile: false,
  limits: {},
  hintsEnabled: true,
  quietMode: false,
  composerChecks: true,
  listMarks: true,
  warnAtPercent: DEFAULT_WARN_AT_PERCENT,
  retentionDays: 35,
});

/** Free accounts can add a note to 5 invitations a month (LinkedIn help a550555); paid plans have no such cap. */
export const FREE_NOTE_QUOTA = 5;

/**
 * Valid settings from whatever is stored. Unknown or invalid fields fall back to their defaults
 * one by one (and so do invalid limit overrides), so one bad value never costs the user the rest.
 */
export function parseSettings(stored: unknown): Settings {
  const whole = settingsSchema.safeParse(stored);
  if (whole.success) return whole.data;
  const out: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  if (stored && typeof stored === 'object') {
    const source = stored as Record<string, unknown>;
    for (const [key, field] of Object.entries(settingsSchema.shape)) {
      if (key === 'limits') continue;
      if (field.safeParse(source[key]).success) out[key] = source[key];
    }
    const limits: Record<string, number> = {};
    const storedLimits =
      source.limits && typeof source.limits === 'object' ? (source.limits as Record<string, unknown>) : {};
    for (const id of LIMIT_IDS) {
      if (limitsShape[id].safeParse(storedLimits[id]).success && storedLimits[id] !== undefined) {
        limits[id] = storedLimits[id] as number;
      }
    }
    out.limits = limits;
  }
  return out as Settings;
}

export function viewerFromSettings(settings: Settings): ViewerContext {
  return {
    plan: settings.plan,
    inmailCredits: settings.inmailCredits,
    warnAtPercent: settings.warnAtPercent,
    noteQuotaPerMonth: settings.plan === 'free' ? (settings.limits['notes-per-month'] ?? FREE_NOTE_QUOTA) : null,
  };
}
