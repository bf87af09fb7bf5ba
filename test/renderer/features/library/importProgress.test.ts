import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { ImportProgressStore } from '../../../../renderer/features/library/importProgress';

let frames: Array<() => void>;
beforeEach(() => {
  frames = [];
  vi.stubGlobal('requestAnimationFrame', (callback: () => void) => frames.push(callback));
});
afterEach(() => vi.unstubAllGlobals());

test('a thousand progress events are heard once per frame, and only those of the running job', () => {
  const store = new ImportProgressStore();
  const heard: Array<number | undefined> = [];
  store.subscribe(() => heard.push(store.get()?.done));
  store.reset({ jobId: 'a', done: 0, total: 1000, current: '' });
  for (let done = 1; done <= 1000; done++) store.update({ jobId: 'a', done, total: 1000, current: `doc-${done}.txt` });
  store.update({ jobId: 'other', done: 5, total: 5, current: 'x.txt' });
  expect(heard).toEqual([0]);
  expect(frames).toHaveLength(1);
  frames.shift()!();
  expect(heard).toEqual([0, 1000]);
  expect(store.get()).toEqual({ jobId: 'a', done: 1000, total: 1000, current: 'doc-1000.txt' });
  store.reset(null);
  store.update({ jobId: 'a', done: 3, total: 1000, current: 'late.txt' });
  expect(store.get()).toBeNull();
});

test('a Cancel is heard at once and stays said through the progress events that follow, until the job ends', () => {
  const store = new ImportProgressStore();
  const heard: Array<boolean | undefined> = [];
  store.subscribe(() => heard.push(store.get()?.cancelling));
  store.reset({ jobId: 'a', done: 0, total: 10, current: '' });
  store.markCancelling();
  expect(heard).toEqual([undefined, true]);
  store.update({ jobId: 'a', done: 3, total: 10, current: 'c.txt' });
  frames.shift()!();
  expect(store.get()).toEqual({ jobId: 'a', done: 3, total: 10, current: 'c.txt', cancelling: true });
  store.reset(null);
  store.markCancelling();
  expect(store.get()).toBeNull();
});
