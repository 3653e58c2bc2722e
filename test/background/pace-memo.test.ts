/** The background keeps a pace summary as long as it is exact, and no longer. */
import { describe, expect, test } from 'vitest';
import { handleMessage } from '../../lib/background/handle-message';
import { DAY_MS } from '../../lib/pace/windows';
import { askPopupView, contentScriptSender, testEnv, whileSyncReadsAreSlow } from '../helpers/background';

const SENT_AT = Date.UTC(2026, 10, 16, 10, 30);
let now = SENT_AT;
const env = testEnv(() => now);
const contentScript = contentScriptSender(7);

async function invitesAt(at: number): Promise<{ last7Days: number; now: number }> {
  now = at;
  const view = await askPopupView(env);
  return { last7Days: view.pace.invites.last7Days, now: view.pace.now };
}

describe('the pace summary the background keeps', () => {
  test('holds until a send leaves the rolling week, follows the clock set back, and is stamped with the asking instant', async () => {
    const send = { type: 'send', event: { id: 'invite-00001', kind: 'invite', at: SENT_AT, recipient: 'r' } };
    expect(await handleMessage(send, contentScript, env)).toBeNull();

    expect(await invitesAt(SENT_AT + 60_000)).toEqual({ last7Days: 1, now: SENT_AT + 60_000 });
    // Days later, the same summary (nothing changed), but told as of now.
    expect(await invitesAt(SENT_AT + 7 * DAY_MS - 1)).toEqual({ last7Days: 1, now: SENT_AT + 7 * DAY_MS - 1 });
    // The instant the invitation leaves the window, the figure changes.
    expect(await invitesAt(SENT_AT + 7 * DAY_MS)).toEqual({ last7Days: 0, now: SENT_AT + 7 * DAY_MS });
    // A clock set back is not served the later summary.
    expect((await invitesAt(SENT_AT + 2 * DAY_MS)).last7Days).toBe(1);
  });

  test('a send recorded while a summary is being computed is in the next one', async () => {
    now = SENT_AT;
    expect((await invitesAt(SENT_AT)).last7Days).toBe(0);
    // The popup's request waits on storage.sync (the other browsers' counts) while the send lands.
    const { asking: viewing } = await whileSyncReadsAreSlow(() => invitesAt(SENT_AT));
    const send = { type: 'send', event: { id: 'invite-00002', kind: 'invite', at: SENT_AT, recipient: 'r' } };
    expect(await handleMessage(send, contentScript, env)).toBeNull();
    await viewing;
    expect((await invitesAt(SENT_AT + 60_000)).last7Days).toBe(1);
    expect((await invitesAt(SENT_AT + 5 * 3_600_000)).last7Days).toBe(1);
  });
});
