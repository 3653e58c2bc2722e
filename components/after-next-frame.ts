/**
 * Resolves once the browser has drawn its next frame (an animation frame, then a task after it),
 * so that work started then does not delay what the page is drawing (LinkedIn's rendering of
 * what it just inserted, the popup's first view). A hidden tab draws no frames: `fallbackMs`
 * later it resolves anyway, and at once if `signal` has aborted (the caller checks it). Never
 * rejects.
 */
export function afterNextFrame(signal?: AbortSignal, fallbackMs = 100): Promise<void> {
  return new Promise((resolve) => {
    // Resolving twice is harmless; the listener goes with the view's signal.
    const done = () => {
      clearTimeout(fallback);
      resolve();
    };
    const fallback = setTimeout(done, fallbackMs);
    signal?.addEventListener('abort', done, { once: true });
    if (signal?.aborted) done();
    else requestAnimationFrame(() => setTimeout(done, 0));
  });
}
