// The library's cleanup at start never runs while work that stores originals is under way (an
// import, an opened project file, a REFI-QDA project): an original stored before its project's rows
// are written is in no project's list yet, and the cleanup would delete it.
import { expect, test } from 'vitest';
import { finishLibraryCleanup, holdLibrary, libraryHeld, startLibraryCleanup } from '../../../../renderer/features/backups/libraryCleanupGate';

test('a cleanup does not start while the library is held, and starts once every hold is released', async () => {
  const first = await holdLibrary();
  const second = await holdLibrary();
  expect(libraryHeld()).toBe(true);
  expect(startLibraryCleanup()).toBe(false);
  first();
  first(); // a release called twice counts once
  expect(startLibraryCleanup()).toBe(false);
  second();
  expect(libraryHeld()).toBe(false);
  expect(startLibraryCleanup()).toBe(true);
  finishLibraryCleanup();
});

test('a hold asked for during a cleanup is given once the cleanup has finished', async () => {
  expect(startLibraryCleanup()).toBe(true);
  const order: string[] = [];
  const held = holdLibrary().then((release) => {
    order.push('held');
    return release;
  });
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(order).toEqual([]);
  order.push('cleanup finished');
  finishLibraryCleanup();
  const release = await held;
  expect(order).toEqual(['cleanup finished', 'held']);
  expect(startLibraryCleanup()).toBe(false);
  release();
});
