/**
 * Watches a few roots (the document and LinkedIn's interop shadow root) for a short while after
 * the user acts, until `settled()` says so. Used to confirm a send and to catch LinkedIn's own
 * alerts; it observes nothing when the user is not sending.
 */
export function watchUntil(
  roots: readonly Node[],
  settled: () => boolean,
  timeoutMs: number,
  signal: AbortSignal,
): Promise<boolean> {
  if (settled()) return Promise.resolve(true);
  return new Promise((resolve) => {
    const finish = (result: boolean) => {
      observer.disconnect();
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      resolve(result);
    };
    const onAbort = () => finish(false);
    const observer = new MutationObserver(() => {
      if (settled()) finish(true);
    });
    for (const root of roots) observer.observe(root, { childList: true, subtree: true, characterData: true });
    const timer = setTimeout(() => finish(settled()), timeoutMs);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
