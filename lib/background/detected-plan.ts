/**
 * What LinkedIn's page suggested about the user's plan, kept as a suggestion for the options
 * page to offer: LockLens never changes the user's choice by itself.
 */
import { storage } from 'wxt/utils/storage';

export interface DetectedPlan {
  plan: 'free';
  evidence: 'premium-trial-upsell';
  at: number;
}

export const detectedPlanItem = storage.defineItem<DetectedPlan | null>('local:detected-plan', { fallback: null });

export async function saveDetectedPlan(plan: DetectedPlan['plan'], evidence: DetectedPlan['evidence'], at: number) {
  const previous = await detectedPlanItem.getValue();
  if (previous?.plan === plan && at - previous.at < 86_400_000) return;
  await detectedPlanItem.setValue({ plan, evidence, at });
}
