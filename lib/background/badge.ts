/**
 * The toolbar badge for one tab: a lock, a check, or nothing, with a title that says why.
 * `action.setBadgeText({ tabId })` needs no `tabs` permission.
 */
import { browser } from 'wxt/browser';
import { formatKey } from '../messages/format';
import type { TabStatus } from '../protocol/answers';

export const BADGES = {
  locked: { text: '🔒', color: '#b24020' },
  free: { text: '✓', color: '#057642' },
  unknown: { text: '?', color: '#5e6369' },
  unreadable: { text: '!', color: '#5e6369' },
} as const;

export function badgeFor(status: TabStatus): { text: string; color: string; title: string } {
  if (status.status === 'profile' && status.verdict) {
    const { messaging, causes } = status.verdict;
    const top = causes[0];
    const title = `LockLens: ${formatKey(`messaging.${messaging}`)}${top ? `. ${formatKey(`cause.${top.id}`)}` : ''}`;
    return { ...BADGES[messaging], title };
  }
  if (status.status === 'unreadable') {
    return { ...BADGES.unreadable, title: formatKey('ui.unreadable') };
  }
  return { text: '', color: BADGES.unknown.color, title: 'LockLens' };
}

export async function showVerdictOnBadge(tabId: number, status: TabStatus): Promise<void> {
  const badge = badgeFor(status);
  // The tab may have closed since the report was sent: nothing to update then.
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: badge.text }),
    browser.action.setBadgeBackgroundColor({ tabId, color: badge.color }),
    browser.action.setTitle({ tabId, title: badge.title }),
  ]).catch(() => {});
}
