/**
 * The user's settings: the zod schema is the source of truth for the type. Stored in
 * `storage.sync` so they follow the user across browsers.
 */
import { PLANS, type ViewerContext } from '../evaluator/types';
import { z } from '../zod';

export const settingsSchema = z.object({
  plan: z.enum(PLANS),
  /** InMail credits left, when the user has told LockLens (null: unknown). */
  inmailCredits: z.nullable(z.number().check(z.int(), z.gte(0), z.lte(1000))),
  /** Show the hint on LinkedIn profiles. */
  hintsEnabled: z.boolean(),
  /** Insert nothing into LinkedIn's page; the badge and the popup carry the explanation. */
  quietMode: z.boolean(),
});

export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  plan: 'free',
  inmailCredits: null,
  hintsEnabled: true,
  quietMode: false,
});

/** Free accounts can add a note to 5 invitations a month (LinkedIn help a550555); paid plans have no such cap. */
export const FREE_NOTE_QUOTA = 5;

/**
 * What the evaluator needs from the settings. Unknown or invalid stored fields fall back to
 * their defaults one by one, so one bad value never costs the user the rest.
 */
export function parseSettings(stored: unknown): Settings {
  const whole = settingsSchema.safeParse(stored);
  if (whole.success) return whole.data;
  const out: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  if (stored && typeof stored === 'object') {
    for (const [key, field] of Object.entries(settingsSchema.shape)) {
      const value = (stored as Record<string, unknown>)[key];
      if (field.safeParse(value).success) out[key] = value;
    }
  }
  return out as Settings;
}

export function viewerFromSettings(settings: Settings): ViewerContext {
  return {
    plan: settings.plan,
    inmailCredits: settings.inmailCredits,
    noteQuotaPerMonth: settings.plan === 'free' ? FREE_NOTE_QUOTA : null,
  };
}
