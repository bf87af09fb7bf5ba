// node:fs/promises with chosen paths failing as a real disk makes them fail: a folder without
// permission (EACCES), a file another program holds open on Windows (EBUSY), one deleted a moment ago
// (ENOENT). The tests run as root here, which permissions cannot keep out. Use it from a test's
// vi.mock factory (which vitest hoists, so it cannot close over the test's own variables):
//   vi.mock('node:fs/promises', async (load) => (await import('../failingFs')).failingFsPromises(await load()));
// then `failures.set(path, 'EACCES')` in the test, and `failures.clear()` before each.
import type * as fsPromises from 'node:fs/promises';

type FsPromises = typeof fsPromises;

/** Path -> the error code its readdir or readFile fails with. */
export const failures = new Map<string, string>();

function failure(path: unknown, call: string): NodeJS.ErrnoException | null {
  const code = failures.get(String(path));
  return code ? Object.assign(new Error(`${code}: ${call} '${String(path)}'`), { code }) : null;
}

/** `loaded`: the real module, as the mock factory's importOriginal gives it. */
export function failingFsPromises(loaded: unknown): FsPromises {
  const actual = loaded as FsPromises;
  return {
    ...actual,
    readdir: ((path: string, options?: unknown) => {
      const error = failure(path, 'scandir');
      return error ? Promise.reject(error) : actual.readdir(path, options as never);
    }) as FsPromises['readdir'],
    readFile: ((path: string, options?: unknown) => {
      const error = failure(path, 'open');
      return error ? Promise.reject(error) : actual.readFile(path, options as never);
    }) as FsPromises['readFile'],
  };
}
