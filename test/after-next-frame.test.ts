/**
 * Work deferred until after the page's next frame (LinkedIn's, the popup's): a frame, then a task;
 * a hidden tab (no frames) still gets there, and an ended view does not wait.
 */
import { afterEach, expect, test, vi } from 'vitest';
import { afterNextFrame } from '../components/after-next-frame';

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

/** The profile view waits with its view's signal; the popup with none. */
const SIGNALS = [
  ['a view signal', () => new AbortController().signal],
  ['no signal (the popup)', () => undefined],
] as const;

test.each(SIGNALS)('with %s, resolves in a task after the next frame, not before it', async (_label, signal) => {
  vi.useFakeTimers();
  const frames = heldFrames();
  const done = settled(afterNextFrame(signal()));
  await vi.advanceTimersByTimeAsync(50);
  expect(done()).toBe(false);
  frames.draw();
  await Promise.resolve();
  expect(done()).toBe(false);
  await vi.advanceTimersByTimeAsync(0);
  expect(done()).toBe(true);
});

test.each(SIGNALS)(
  'with %s, a tab that draws no frame (hidden) still resolves, after the fallback',
  async (_label, signal) => {
    vi.useFakeTimers();
    heldFrames();
    const done = settled(afterNextFrame(signal(), 100));
    await vi.advanceTimersByTimeAsync(99);
    expect(done()).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done()).toBe(true);
  },
);

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
