/**
 * LinkedIn's nav offers a Premium free trial only to members without Premium: a hint the options
 * page can offer as a suggestion. Only the offer's presence is read; its absence proves nothing.
 */
import { queryEntry } from '../reader/dom';
import { PAGE } from '../reader/selectors';

export function planHintFromPage(root: ParentNode): { plan: 'free'; evidence: 'premium-trial-upsell' } | null {
  return queryEntry(root, 'premiumTrialUpsell', PAGE.premiumTrialUpsell)
    ? { plan: 'free', evidence: 'premium-trial-upsell' }
    : null;
}
