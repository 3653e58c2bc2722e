/**
 * What LinkedIn's page suggested about the user's plan, kept as a suggestion for the options
 * page to offer: LockLens never changes the user's choice by itself.
 */
import { type DetectedPlan, detectedPlanItem } from '../storage/items';
import { cachedRead } from './cached-read';

/** The same suggestion is written again at most once a day. */
const RENEW_AFTER_MS = 86_400_000;

export interface DetectedPlanStore {
  /** Keeps the page's suggestion, unless the same one was kept less than a day ago. */
  save(plan: DetectedPlan['plan'], evidence: DetectedPlan['evidence'], at: number): Promise<void>;
  /** Storage changed behind this store (the options page dismissed the suggestion): read it again next time. */
  forget(): void;
}

/**
 * The suggestion as stored, kept in memory until the state hears it changed: LinkedIn's upsell is
 * on most pages for a free member, so a report carries it on nearly every profile view, and
 * reading storage each time only to find the same suggestion was most of what it cost.
 */
export function detectedPlanStore(): DetectedPlanStore {
  const stored = cachedRead(() => detectedPlanItem.getValue());
  return {
    async save(plan, evidence, at) {
      const previous = await stored.get();
      if (previous?.plan === plan && at - previous.at < RENEW_AFTER_MS) return;
      const next = { plan, evidence, at };
      await detectedPlanItem.setValue(next);
      stored.keep(next);
    },
    forget: stored.forget,
  };
}
