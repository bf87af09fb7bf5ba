// @vitest-environment jsdom
// A .qdpx the researcher double-clicked in the file manager (main granted it: electron/openedFiles.ts)
// is imported as one chosen in the open dialog is, read from where it is, with no dialog asking for a
// file; whoever handed it over hears when its preview (or refusal) is shown, so the next file waits.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { act } from 'react';
import type { ProjectDatabase } from '../../../../renderer/db/projectDatabase';
import type { IncomingProject } from '../../../../renderer/features/interop/incomingProject';
import { freshProject } from '../../db/projectDb';
import { projectValue, screen, settle, type Screen } from '../memos/memoHarness';
import { PROJECT_ID, roundTripProject } from '../../../shared/interop/refiFixtures';

(globalThis as { CSS?: { escape(value: string): string } }).CSS ??= { escape: (value) => value.replace(/[^\w-]/gu, (c) => `\\${c}`) };

const world = vi.hoisted(() => ({ project: null as unknown, calls: [] as unknown[][], unreadable: null as string | null }));
vi.mock('../../../../renderer/api', () => ({
  call: async (channel: string, ...args: unknown[]) => {
    world.calls.push([channel, ...args]);
    if (channel === 'readFile') {
      if (world.unreadable) throw new Error(world.unreadable);
      const { path } = args[0] as { path: string };
      return { as: 'bytes', fileName: path.split('/').at(-1), path, size: 0, bytes: new Uint8Array() };
    }
    throw new Error(`no fake for ${channel}`);
  },
}));
vi.mock('../../../../renderer/features/projects/ProjectContext', () => ({ useProject: () => world.project }));
vi.mock('../../../../renderer/ui/Announcer', () => ({ useAnnounce: () => () => {} }));
vi.mock('../../../../renderer/files/exportFile', () => ({ useExport: () => async () => {} }));
vi.mock('../../../../renderer/features/backups/appBackups', () => ({ appTransfer: () => ({ receiveOriginal: async () => true }) }));
vi.mock('../../../../renderer/features/backups/BackupsContext', () => ({ useBackups: () => ({ backupBefore: async () => true }) }));
vi.mock('../../../../renderer/features/interop/incomingProject', () => ({
  readQdpx: async (_bytes: Uint8Array, { fileName }: { fileName: string }): Promise<{ ok: true; project: IncomingProject }> => ({
    ok: true,
    project: { fileName, kind: 'qdpx', name: 'Riverton', origin: 'MAXQDA 24', rows: roundTripProject(), originals: new Map(), skipped: [], plan: null, linkedFiles: [] },
  }),
  readFramewiseFile: async () => ({ ok: false, reason: 'not here' }),
}));

import { InteropDialogs } from '../../../../renderer/features/interop/InteropDialogs';
import { requestInterop } from '../../../../renderer/features/interop/interopCommands';

let db: ProjectDatabase;
let view: Screen;

beforeEach(async () => {
  db = await freshProject();
  world.calls = [];
  world.unreadable = null;
  world.project = { ...projectValue(db), project: { id: PROJECT_ID, name: 'Housing study' }, switchProject: async () => {}, switchingHeld: null, holdProject: () => () => {} };
  view = screen();
  await view.render(<InteropDialogs />);
});
afterEach(async () => {
  await view.unmount();
  await db.delete();
});

const dialogTitle = () => document.querySelector('[role="dialog"] h2')?.textContent;

test('is read from where it is, with no open dialog, and the request is answered once its preview is shown', async () => {
  await act(() => requestInterop('import-qdpx', { path: '/home/kim/Downloads/From Ana.qdpx' }));
  expect(world.calls).toEqual([['readFile', { purpose: 'refiProject', as: 'bytes', path: '/home/kim/Downloads/From Ana.qdpx' }]]);
  expect(dialogTitle()).toBe('Import From Ana.qdpx');
});

test('that cannot be read is refused, naming it, before the request is answered', async () => {
  world.unreadable = '“Gone.qdpx” could not be read: it is no longer there.';
  await act(() => requestInterop('import-qdpx', { path: '/home/kim/Gone.qdpx' }));
  await settle();
  expect(dialogTitle()).toBe('Not imported');
  expect(document.querySelector('[role="alert"]')?.textContent).toBe('Framewise could not read the REFI-QDA project: “Gone.qdpx” could not be read: it is no longer there. Nothing in your projects was changed.');
});
