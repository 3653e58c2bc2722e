/**
 * Whether messaging is free, locked or unknown. It depends on the page alone (the degree and a
 * pending invitation), not on the viewer's plan or pace: the in-page hint shows it the moment
 * the top card is read, and the evaluator puts the same value in every verdict.
 */
import type { Degree } from '../signals';
import type { Messaging } from './types';

/** 2nd, 3rd or out of network: free messaging is for 1st-degree connections only. */
export function isNonConnection(degree: Degree | null): boolean {
  return degree === '2nd' || degree === '3rd' || degree === 'out-of-network';
}

export function messagingFrom(degree: Degree | null, pending: boolean): Messaging {
  if (degree === '1st' && !pending) return 'free';
  if (pending || isNonConnection(degree)) return 'locked';
  return 'unknown';
}
