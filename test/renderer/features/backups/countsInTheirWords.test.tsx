// @vitest-environment jsdom
// What a backup or project file holds is said with each count's own noun: "1 document, 1 coding and
// 1 memo", never "1 documents", in the dialog of opening a file or restoring a backup and in the offer
// to restore a project whose data is missing.
import { act } from 'react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { ListedBackup } from '../../../../shared/backup/backupIndex';
import type { LostProject } from '../../../../renderer/features/backups/startupChecks';
import type { PendingFile } from '../../../../renderer/features/backups/useProjectTransfer';
import { screen, type Screen } from '../memos/memoHarness';

let lostProjects: LostProject[] = [];
vi.mock('../../../../renderer/features/backups/BackupsContext', () => ({ useBackups: () => ({ lostProjects, dismissLost: () => {} }) }));
// The restore itself is another test's (restoreLostProject.test.ts); here only what the offer says.
vi.mock('../../../../renderer/features/backups/useProjectTransfer', () => ({ useProjectTransfer: () => ({ restoreLost: async () => null }) }));
const { PlaceDialog } = await import('../../../../renderer/features/backups/TransferDialogs');
const { RestoreOffer } = await import('../../../../renderer/features/backups/RestoreOffer');

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
// jsdom has no CSS.escape, which React Aria's modal calls: the CSSOM's rule for identifiers, simply.
(globalThis as { CSS?: { escape(value: string): string } }).CSS ??= { escape: (value) => value.replace(/[^\w-]/gu, (c) => `\\${c}`) };

let view: Screen | null = null;
afterEach(async () => {
  await view?.unmount();
  view = null;
});

const counts = (documents: number, codings: number, memos: number) => ({ documents, codings, memos });

function pendingFile(held: ReturnType<typeof counts>): PendingFile {
  return {
    fileName: '2026-03-05T09-00-00-000Z_interval.framewise',
    file: {
      ok: true,
      token: 't',
      upgradedFrom: null,
      originals: new Map(),
      manifest: { counts: held, writtenAt: '2026-03-05T09:00:00.000Z', writtenBy: null, project: { id: 'p', name: 'Housing pledges' } },
    } as unknown as PendingFile['file'],
  };
}

async function dialogText(held: ReturnType<typeof counts>): Promise<string> {
  view = screen();
  await view.render(<PlaceDialog title="Restore a backup" pending={pendingFile(held)} currentName="Housing pledges" newName="Housing pledges (restored)" onNew={() => {}} onReplace={() => {}} onCancel={() => {}} />);
  return document.body.textContent ?? '';
}

describe('the counts of a file or backup about to be opened', () => {
  test('one of each is said in the singular', async () => {
    expect(await dialogText(counts(1, 1, 1))).toContain('1 document, 1 coding and 1 memo, written');
  });

  test('several, and none, are said in the plural, with thousands grouped', async () => {
    expect(await dialogText(counts(5, 1_200, 0))).toContain('5 documents, 1,200 codings and 0 memos, written');
  });

  test('the confirmation of replacing the open project says them the same way', async () => {
    const text = await dialogText(counts(1, 1, 2));
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Replace “Housing pledges”…')!;
    await act(async () => button.click());
    expect(text).toContain('1 document, 1 coding and 2 memos');
    expect(document.body.textContent).toContain('what 2026-03-05T09-00-00-000Z_interval.framewise holds: 1 document, 1 coding and 2 memos, written');
  });
});

describe('the offer to restore a project whose data is missing', () => {
  test('says what its newest backup holds, one of each in the singular', async () => {
    const newest = { file: 'b.framewise', takenAt: '2026-03-05T09:00:00.000Z', reason: 'interval', bytes: 1, index: { counts: counts(1, 1, 1) } } as unknown as ListedBackup;
    lostProjects = [{ projectId: 'p', name: 'Housing pledges', inRegistry: true, newest, changesWhenFound: 0 }];
    view = screen();
    await view.render(<RestoreOffer />);
    expect(view.host.querySelector('p')?.textContent).toMatch(/holds 1 document, 1 coding and 1 memo\.$/);
  });
});
