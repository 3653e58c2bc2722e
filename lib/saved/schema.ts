/**
 * People the user chose to save for later: only what they saved, explicitly. The name is the
 * one shown on the profile, kept so the user recognizes their own list.
 */
import { CAUSE_IDS, STEP_IDS } from '../evaluator/types';
import { DEGREES } from '../signals';
import { z } from '../zod';
import { MAX_NOTE, MAX_SAVED } from './bounds';

/** What the verdict was when the person was saved: enough to say later what changed. */
export const verdictSnapshotSchema = z.object({
  messaging: z.enum(['free', 'locked', 'unknown']),
  degree: z.nullable(z.enum(DEGREES)),
  pending: z.boolean(),
  topCause: z.nullable(z.enum(CAUSE_IDS)),
});

export const savedPersonSchema = z.object({
  /** The vanity name, lowercased: one entry per profile. */
  key: z.string().check(z.minLength(1), z.maxLength(200)),
  /** Only ever a LinkedIn profile address (an imported file could say anything). */
  url: z.string().check(z.maxLength(300), z.regex(/^https:\/\/www\.linkedin\.com\/in\/[^/?#\s]+\/$/)),
  name: z.string().check(z.maxLength(200)),
  savedAt: z.number(),
  updatedAt: z.number(),
  verdict: verdictSnapshotSchema,
  /** The next step the user chose. */
  step: z.nullable(z.enum(STEP_IDS)),
  note: z.string().check(z.maxLength(MAX_NOTE)),
  followUpAt: z.nullable(z.number()),
  done: z.boolean(),
});

export const savedListSchema = z.array(savedPersonSchema).check(z.maxLength(MAX_SAVED));

export type VerdictSnapshot = z.infer<typeof verdictSnapshotSchema>;
export type SavedPerson = z.infer<typeof savedPersonSchema>;
