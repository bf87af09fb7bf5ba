// The handler table's own wording of failures that reach the researcher through the IPC door: an
// import that cannot start because the disk is full says so, naming no hidden temporary file.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type * as FsAtomic from '../../electron/fsAtomic';

// The note of an import (importRecords.ts) is written through fsAtomic.ts: a full disk is made there.
const refusal = vi.hoisted(() => ({ code: null as string | null, held: null as Promise<void> | null }));
vi.mock('../../electron/fsAtomic', async (importOriginal) => {
  const original = await importOriginal<typeof FsAtomic>();
  return {
    ...original,
    writeFileAtomic: async (path: string, data: Uint8Array | string) => {
      if (refusal.held) await refusal.held;
      if (refusal.code) throw Object.assign(new Error(`${refusal.code}: refused, open '${path}.0123456789ab.tmp'`), { code: refusal.code });
      return original.writeFileAtomic(path, data);
    },
  };
});

const { createHandlers } = await import('../../electron/handlers');
const { handle } = await import('../../electron/ipc');
const { APP_ORIGIN } = await import('../../electron/appOrigin');
const { inProcessExtractor } = await import('../../electron/extract/extractor');
const { ScriptedDialog } = await import('../e2e/scriptedDialog');
const { tempDir } = await import('./fixtures');

let work: Awaited<ReturnType<typeof tempDir>>;
beforeEach(async () => {
  work = await tempDir();
  refusal.code = null;
  refusal.held = null;
});
afterEach(() => work.remove());

const jobId = '6a1f1c2e-3d4b-4c5d-8e9f-0a1b2c3d4e5f';

function handlersOnDisk(dialog: InstanceType<typeof ScriptedDialog>) {
  return createHandlers({ appVersion: 'test', dataPath: join(work.path, 'data'), dialog, shell: { openPath: async () => '', showItemInFolder: () => {} }, extractor: inProcessExtractor, emit: () => {} });
}

async function importThroughTheDoor(code: string | null): Promise<unknown> {
  const dialog = new ScriptedDialog();
  const handlers = handlersOnDisk(dialog);
  const interview = join(work.path, 'interview.txt');
  await writeFile(interview, 'We talked about the river.');
  dialog.willOpen([interview]);
  await handlers.chooseImportFiles();
  refusal.code = code;
  let listener!: (event: { senderFrame: { url: string } }, ...args: unknown[]) => Promise<unknown>;
  handle({ handle: (_channel, registered) => (listener = registered) }, 'importFiles', handlers.importFiles, APP_ORIGIN, () => {});
  return listener({ senderFrame: { url: `${APP_ORIGIN}/index.html` } }, { jobId, paths: [interview], knownSha256: [] });
}

describe('an import that cannot note its start', () => {
  test('on a full disk, says so in plain words and that nothing was imported', async () => {
    await mkdir(join(work.path, 'data'), { recursive: true });
    expect(await importThroughTheDoor('ENOSPC')).toEqual({
      ok: false,
      error: 'The import did not start: the disk that holds Framewise’s data folder is full. Free some space on it, then import again.',
    });
  });

  test('when the data folder cannot be written, names it and keeps the system’s code', async () => {
    expect(await importThroughTheDoor('EACCES')).toEqual({
      ok: false,
      error: `The import did not start: Framewise could not write in its data folder (${join(work.path, 'data', 'imports')}): EACCES. Check that Framewise may write there, then import again.`,
    });
  });

  test('otherwise it runs', async () => {
    expect(await importThroughTheDoor(null)).toMatchObject({ ok: true, value: { documents: 1 } });
  });
});

test('the library is not cleaned up while an import is starting: an original it reuses could be deleted under it', async () => {
  const dialog = new ScriptedDialog();
  const handlers = handlersOnDisk(dialog);
  const interview = join(work.path, 'interview.txt');
  await writeFile(interview, 'We talked about the river.');
  dialog.willOpen([interview]);
  await handlers.chooseImportFiles();
  // The import's start is held while its note is written (importRecords.ts).
  let release!: () => void;
  refusal.held = new Promise((resolve) => (release = resolve));
  const importing = handlers.importFiles({ jobId, paths: [interview], knownSha256: [] });
  await new Promise((resolve) => setTimeout(resolve, 20));
  const cleanUp = async () => handlers.cleanUpLibrary({ inUse: [] });
  await expect(cleanUp()).rejects.toThrow('an import is running');
  release();
  expect(await importing).toMatchObject({ documents: 1 });
  // Once it is over, the cleanup runs (and the original no project took in is cleaned up).
  await expect(cleanUp()).resolves.toMatchObject({ deleted: 1 });
});
