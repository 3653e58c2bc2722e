/**
 * The checked forms of the user's own profile summary (lib/own-profile/summary.ts): as stored and
 * exported, and as a content script reports it. Apart from it so that the popup, which shows the
 * summary, does not take zod in with it.
 */
import { z } from '../zod';

const part = z.nullable(z.boolean());

/** The stored and exported form, checked whole (extra fields from a newer LockLens are dropped). */
export const ownProfileSchema = z.object({
  parts: z.object({ photo: part, headline: part, about: part, experience: part, activity: part }),
  connections: z.nullable(z.number().check(z.int(), z.gte(0), z.lte(100_000_000))),
  completeness: z.nullable(z.number().check(z.gte(0), z.lte(1))),
  readAt: z.number().check(z.gte(0)),
});

/** The page report's part (lib/protocol.ts): bounded like everything a content script sends. */
export const ownProfileReadSchema = z.object({
  headline: part,
  experience: part,
  cardTitles: z.array(z.string().check(z.maxLength(100))).check(z.maxLength(40)),
  posts: part,
});
