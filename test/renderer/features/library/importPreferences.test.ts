// The import preferences as stored in the registry: whatever an older version, another window or a
// damaged entry left there, the limit read back is one the import can send to main (whole bytes,
// 1 MB to 2 GiB), else the default.
import { describe, expect, test } from 'vitest';
import { RegistryDatabase, setSetting } from '../../../../renderer/db/registry';
import { maxFileMegabytes, readTypedMegabytes, setMaxFileMegabytes } from '../../../../renderer/features/library/importPreferences';
import { importRequest } from '../../../../shared/ipc';
import { megabytesToBytes } from '../../../../shared/library/fileSizeLimits';

const KEY = 'import.maxFileMegabytes';
const fresh = () => new RegistryDatabase(undefined, `registry-${crypto.randomUUID()}`);

test('what was saved is read back', async () => {
  const registry = fresh();
  await setMaxFileMegabytes(registry, 2.5);
  expect(await maxFileMegabytes(registry)).toBe(2.5);
});

test('a stored limit outside what the dialog allows gives the default, never one main refuses', async () => {
  const registry = fresh();
  for (const stored of [1e-7, 0.5, 0, -3, 4096, Number.NaN, Number.POSITIVE_INFINITY, '100', null, { megabytes: 10 }]) {
    await setSetting(registry, KEY, stored);
    const megabytes = await maxFileMegabytes(registry);
    expect(megabytes, String(stored)).toBe(50);
    expect(importRequest.shape.maxFileBytes.safeParse(megabytesToBytes(megabytes)).success).toBe(true);
  }
});

describe('a limit as typed', () => {
  test('reads the marks as the window’s language writes them: a comma groups thousands in English, a point in German', () => {
    expect(readTypedMegabytes('1,500', '.')).toEqual({ megabytes: 1500 });
    expect(readTypedMegabytes('1.500', ',')).toEqual({ megabytes: 1500 });
    expect(readTypedMegabytes('1.500', '.')).toEqual({ megabytes: 1.5 });
    expect(readTypedMegabytes('1,500', ',')).toEqual({ megabytes: 1.5 });
  });

  test('takes a decimal comma or point whatever the language, and both marks with the last as the decimal', () => {
    for (const language of ['.', ',']) {
      expect(readTypedMegabytes('2,5', language)).toEqual({ megabytes: 2.5 });
      expect(readTypedMegabytes('2.5', language)).toEqual({ megabytes: 2.5 });
      expect(readTypedMegabytes('1.024,5', language)).toEqual({ megabytes: 1024.5 });
      expect(readTypedMegabytes('1,024.5', language)).toEqual({ megabytes: 1024.5 });
      expect(readTypedMegabytes('1\u202f024', language)).toEqual({ megabytes: 1024 });
    }
  });

  test('refuses what is not a plain figure, saying what to type', () => {
    for (const typed of ['fifty', '1e3', '-5', '0x20', '2,5,5', '5 MB', '∞']) expect(readTypedMegabytes(typed, '.').problem, typed).toBe('Type the size as a number of megabytes, such as 50 or 2.5.');
    expect(readTypedMegabytes('  ', '.').problem).toBe('Type the largest size of a file to import, in megabytes.');
  });
});
