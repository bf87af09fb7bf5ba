// @vitest-environment jsdom
// "Save a copy…" says in the status line what the copy holds, each count with its own noun: a project
// of one document is "1 document with its original", not "1 documents with their originals".
import { useEffect } from 'react';
import { expect, test, vi } from 'vitest';
import { AnnouncerProvider, StatusBar } from '../../../../renderer/ui/Announcer';
import { screen, settle } from '../memos/memoHarness';

let held = { documents: 1, codings: 1, memos: 1 };
// The snapshot is read and zipped by the backup worker (backups.test.ts covers it); here only what is said after.
vi.mock('../../../../renderer/features/backups/projectTransfer', () => ({ projectCopy: async () => ({ bytes: new Uint8Array(1), manifest: { counts: held } }) }));
vi.mock('../../../../renderer/features/backups/backupRunner', () => ({ workerRunner: () => ({}) }));
vi.mock('../../../../renderer/features/backups/appBackups', () => ({ appVersion: async () => 'test', appTransfer: () => ({}), backupRegistry: () => ({}) }));
vi.mock('../../../../renderer/files/exportFile', () => ({ saveFile: async () => ({ path: '/home/kim/Housing pledges.framewise', fileName: 'Housing pledges.framewise', bytes: 1 }) }));
vi.mock('../../../../renderer/features/projects/ProjectContext', () => ({ useProject: () => ({ project: { id: 'p', name: 'Housing pledges' }, switchProject: async () => {}, switchingHeld: null }) }));
vi.mock('../../../../renderer/features/backups/BackupsContext', () => ({ useBackups: () => ({ backupBefore: async () => true, project: { id: 'p', name: 'Housing pledges', writtenBy: null } }) }));
const { useProjectTransfer } = await import('../../../../renderer/features/backups/useProjectTransfer');

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function SaveACopy() {
  const { saveCopy } = useProjectTransfer();
  useEffect(() => void saveCopy(), [saveCopy]);
  return null;
}

async function announced(): Promise<string> {
  const view = screen();
  await view.render(
    <AnnouncerProvider>
      <SaveACopy />
      <StatusBar />
    </AnnouncerProvider>,
  );
  await settle();
  const text = view.host.querySelector('[role="status"]')?.textContent ?? '';
  await view.unmount();
  return text;
}

test('a copy of one document, one coding and one memo says each in the singular', async () => {
  held = { documents: 1, codings: 1, memos: 1 };
  expect(await announced()).toBe('Saved a copy of “Housing pledges” (1 document with its original, 1 coding, 1 memo) to /home/kim/Housing pledges.framewise.');
});

test('a copy of several says them in the plural', async () => {
  held = { documents: 8, codings: 1_100, memos: 0 };
  expect(await announced()).toBe('Saved a copy of “Housing pledges” (8 documents with their originals, 1,100 codings, 0 memos) to /home/kim/Housing pledges.framewise.');
});
