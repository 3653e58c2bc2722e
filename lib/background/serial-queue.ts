/**
 * A one-at-a-time queue: each task starts after every earlier one has settled, whatever they
 * did. The background's stores use one each, so concurrent reports from several tabs never
 * interleave a read-modify-write.
 */
export function serialQueue(): <T>(task: () => Promise<T>) => Promise<T> {
  let queue: Promise<unknown> = Promise.resolve();
  return (task) => {
    const run = queue.then(task, task);
    queue = run.catch(() => {});
    return run;
  };
}
