// A worker that fails answers nothing more: lazyWorker hears its error, fails the calls waiting with
// the reason (Comlink's would never settle), and starts a fresh worker for the next question.
import { expect, test } from 'vitest';
import { lazyWorker } from '../../../renderer/workers/lazyWorker';

/** Enough of a Worker for Comlink to post to: it never answers, and fails when told to. */
class SilentWorker extends EventTarget {
  terminated = false;
  postMessage(): void {}
  terminate(): void {
    this.terminated = true;
  }
  fail(message: string): void {
    this.dispatchEvent(Object.assign(new Event('error'), { message }));
  }
}

test('a worker’s error fails the calls waiting on it with the reason, and the next question starts a new worker', async () => {
  const started: SilentWorker[] = [];
  const worker = lazyWorker<{ compute(): Promise<number> }>('agreement', () => {
    const made = new SilentWorker();
    started.push(made);
    return made as unknown as Worker;
  });
  const waiting = Promise.race([worker.remote().compute(), worker.failed()]);
  expect(worker.generation()).toBe(1);
  started[0]!.fail('out of memory');
  await expect(waiting).rejects.toThrow('the agreement worker stopped (out of memory). Asking again starts a new one.');
  expect(started[0]!.terminated).toBe(true);
  worker.remote();
  expect(worker.generation()).toBe(2);
  expect(started).toHaveLength(2);
});

test('a worker whose module could not load says so', async () => {
  const made = new SilentWorker();
  const worker = lazyWorker<object>('search', () => made as unknown as Worker);
  worker.remote();
  made.dispatchEvent(new Event('error'));
  await expect(worker.failed()).rejects.toThrow('the search worker stopped (it could not be started)');
});
