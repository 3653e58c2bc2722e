/**
 * What LinkedIn's page suggested about the user's plan, kept as a suggestion for the options
 * page to offer: LockLens never changes the user's choice by itself.
 */
import { type DetectedPlan, detectedPlanItem } from '../storage/items';

/** The same suggestion is written again at most once a day. */
const RENEW_AFTER_MS = 86_400_000;

export async function saveDetectedPlan(plan: DetectedPlan['plan'], evidence: DetectedPlan['evidence'], at: number) {
  const previous = await detectedPlanItem.getValue();
  if (previous?.plan === plan && at - previous.at < RENEW_AFTER_MS) return;
  await detectedPlanItem.setValue({ plan, evidence, at });
}
