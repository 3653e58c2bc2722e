/**
 * The extension's service worker under the same V8 profiler. Playwright opens CDP sessions only on
 * pages, so a helper tab's session attaches to the worker's target (Target.attachToTarget, not
 * flattened) and talks to it through Target.sendMessageToTarget.
 */

import { type BenchBrowser, extensionWorkerTargets } from './browsers';
import type { CpuProfile } from './cdp';

export interface WorkerProfiling {
  stop(): Promise<CpuProfile>;
}

export async function profileServiceWorker(browser: BenchBrowser): Promise<WorkerProfiling> {
  const helper = await browser.newPage();
  const cdp = await browser.context.newCDPSession(helper);
  const { targetInfos } = await cdp.send('Target.getTargets');
  const ours = extensionWorkerTargets(targetInfos, browser.extensionId ?? '');
  // The live worker is the one Playwright is attached to.
  const target = ours.find((t) => t.attached) ?? ours[0];
  if (!target) throw new Error('no extension service worker to profile');
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let nextId = 0;
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message) as { id?: number; result?: unknown; error?: { message: string } };
    const waiter = message.id === undefined ? undefined : pending.get(message.id);
    if (!waiter || message.id === undefined) return;
    pending.delete(message.id);
    if (message.error) waiter.reject(new Error(message.error.message));
    else waiter.resolve(message.result);
  });
  const send = <T>(method: string, params: object = {}) =>
    new Promise<T>((resolve, reject) => {
      const id = ++nextId;
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      cdp
        .send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) })
        .catch(reject);
    });
  await send('Profiler.enable');
  await send('Profiler.setSamplingInterval', { interval: 100 });
  await send('Profiler.start');
  return {
    async stop() {
      const { profile } = await send<{ profile: CpuProfile }>('Profiler.stop');
      await cdp.send('Target.detachFromTarget', { sessionId });
      await cdp.detach();
      await helper.close();
      return profile;
    },
  };
}
