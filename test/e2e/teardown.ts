// One teardown for every end-to-end test (test/e2e/setup.ts runs it after each): every app launched
// (relaunches included) is closed and its profile and data folders deleted, and every scratch folder a
// test asked for is deleted, whether the test passed or not. A test only launches and asks.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const cleanups: Array<() => Promise<void>> = [];

/** Runs `cleanup` once the current test is over (the last registered first). */
export function atTeardown(cleanup: () => Promise<void>): void {
  cleanups.push(cleanup);
}

/** A new empty folder for the current test's files, deleted after it. */
export async function scratchFolder(prefix = 'fw-scratch-'): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), prefix));
  atTeardown(() => rm(folder, { recursive: true, force: true }));
  return folder;
}

export async function tearDown(): Promise<void> {
  const failures: unknown[] = [];
  for (const cleanup of cleanups.splice(0).reverse()) {
    try {
      await cleanup();
    } catch (error) {
      failures.push(error);
    }
  }
  if (failures.length > 0) throw new AggregateError(failures, 'the end-to-end teardown failed');
}
