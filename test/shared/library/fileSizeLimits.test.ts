import { expect, test } from 'vitest';
import { DEFAULT_MAX_FILE_BYTES, LARGEST_MAX_FILE_BYTES, LARGEST_MAX_FILE_MEGABYTES, megabytesToBytes } from '../../../shared/library/fileSizeLimits';
import { importRequest } from '../../../shared/ipc';

const request = (maxFileBytes: number) => ({ jobId: crypto.randomUUID(), paths: ['/data/a.txt'], knownSha256: [], maxFileBytes });

test('files up to 50 MB by default; the preferences may raise that to 2 GiB, and the contract takes exactly that', () => {
  expect(DEFAULT_MAX_FILE_BYTES).toBe(50 * 1024 * 1024);
  expect(LARGEST_MAX_FILE_BYTES).toBe(2 ** 31);
  expect(importRequest.safeParse(request(megabytesToBytes(LARGEST_MAX_FILE_MEGABYTES))).success).toBe(true);
  expect(importRequest.safeParse(request(LARGEST_MAX_FILE_BYTES + 1)).success).toBe(false);
});
