/**
 * Work deferred until after the page's next frame (LinkedIn's, the popup's): a frame, then a task;
 * a hidden tab (no frames) still gets there, and an ended view does not wait.
 */
import { afterEach, expect, test, vi } from 'vitest';
import { afterNextFrame } from '../lib/after-next-frame';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** Frames drawn only when the test says so. */
function heldFrames(): { draw(): void } {
  const callbacks: FrameRequestCallback[] = [];
  vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => callbacks.push(callback));
  return {
    draw() {
      for (const callback of callbacks.splice(0)) callback(performance.now());
    },
  };
}

function settled(promise: Promise<void>): () => boolean {
  let done = false;
  void promise.then(() => {
    done = true;
  });
  return () => done;
}

test('resolves in a task after the next frame, not before it', async () => {
  vi.useFakeTimers();
  const frames = heldFrames();
  const done = settled(afterNextFrame(new AbortController().signal));
  await vi.advanceTimersByTimeAsync(50);
  expect(done()).toBe(false);
  frames.draw();
  await Promise.resolve();
  expect(done()).toBe(false);
  await vi.advanceTimersByTimeAsync(0);
  expect(done()).toBe(true);
});

test('without a signal (the popup), the same: after the next frame, or after the fallback', async () => {
  vi.useFakeTimers();
  const frames = heldFrames();
  const drawn = settled(afterNextFrame());
  await vi.advanceTimersByTimeAsync(50);
  expect(drawn()).toBe(false);
  frames.draw();
  await vi.advanceTimersByTimeAsync(0);
  expect(drawn()).toBe(true);

  const hidden = settled(afterNextFrame(undefined, 100));
  await vi.advanceTimersByTimeAsync(99);
  expect(hidden()).toBe(false);
  await vi.advanceTimersByTimeAsync(1);
  expect(hidden()).toBe(true);
});

test('a tab that draws no frame (hidden) still resolves, after the fallback', async () => {
  vi.useFakeTimers();
  heldFrames();
  const done = settled(afterNextFrame(new AbortController().signal, 100));
  await vi.advanceTimersByTimeAsync(99);
  expect(done()).toBe(false);
  await vi.advanceTimersByTimeAsync(1);
  expect(done()).toBe(true);
});

test('an aborted view resolves at once, and a frame after that changes nothing', async () => {
  vi.useFakeTimers();
  const frames = heldFrames();
  const view = new AbortController();
  const done = settled(afterNextFrame(view.signal));
  view.abort();
  await Promise.resolve();
  expect(done()).toBe(true);
  frames.draw();
  await vi.advanceTimersByTimeAsync(200);
  const already = new AbortController();
  already.abort();
  const alreadyDone = settled(afterNextFrame(already.signal));
  await Promise.resolve();
  expect(alreadyDone()).toBe(true);
});
