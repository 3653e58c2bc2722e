/**
 * Resolves once the browser has drawn its next frame (an animation frame, then a task after it),
 * so that work started then does not delay LinkedIn's own rendering of what it just inserted.
 * A hidden tab draws no frames: `fallbackMs` later it resolves anyway, and at once if `signal`
 * has aborted (the caller checks it). Never rejects.
 */
export function afterNextFrame(signal: AbortSignal, fallbackMs = 100): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) {
      resolve();
      return;
    }
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      clearTimeout(fallback);
      signal.removeEventListener('abort', finish);
      resolve();
    };
    const fallback = setTimeout(finish, fallbackMs);
    signal.addEventListener('abort', finish, { once: true });
    requestAnimationFrame(() => setTimeout(finish, 0));
  });
}
