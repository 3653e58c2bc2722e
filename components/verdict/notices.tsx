/**
 * What is worth saying about this person before anything else: what changed since the user saved
 * them, and when the user last contacted them (repeat protection). Shared by the hint and the popup.
 */
import type { MessageRef } from '../../lib/evaluator/types';
import { formatMessage } from '../../lib/messages/format';
import type { SendKind } from '../../lib/pace/types';
import { relativeDays } from './relative-time';

export function noticesFor(
  saved: { changes: MessageRef[] } | null | undefined,
  lastContact: { kind: SendKind; at: number } | null | undefined,
  now: number,
): MessageRef[] {
  return [
    ...(saved?.changes ?? []),
    ...(lastContact
      ? [{ key: `ui.contact.${lastContact.kind}`, params: { when: relativeDays(lastContact.at, now) } }]
      : []),
  ];
}

export function Notices({ notices }: { notices: MessageRef[] }) {
  if (notices.length === 0) return null;
  return (
    <ul class="ll-notices">
      {notices.map((notice) => (
        <li key={notice.key}>{formatMessage(notice)}</li>
      ))}
    </ul>
  );
}
