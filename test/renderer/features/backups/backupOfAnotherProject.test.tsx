// @vitest-environment jsdom
// A backup copied by hand into another project's backups folder is still the backup of the project
// its manifest names. The Backups place says whose it is, in its row and before it is restored; and
// it is not offered as the folder's project's newest backup when that project's data is missing
// (restoring it would put one project's work under the other's name, with no word of it).
import { copyFile, mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import Dexie from 'dexie';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { PROJECT_DB_PREFIX, ProjectDatabase } from '../../../../renderer/db/projectDatabase';
import { loadProject } from '../../../../renderer/db/loadProject';
import { readProject } from '../../../../renderer/features/backups/projectTransfer';
import { findLostProjects } from '../../../../renderer/features/backups/startupChecks';
import type { BackedUpProject } from '../../../../renderer/features/backups/backupService';
import { AnnouncerProvider } from '../../../../renderer/ui/Announcer';
import { everyKindOfRow, PROJECT_ID } from '../../../fixtures/projectFile/everyKindOfRow';
import { screen, settle, type Screen } from '../memos/memoHarness';
import { backupHarness, type Harness } from './backupHarness';

const HOUSING: BackedUpProject = { id: PROJECT_ID, name: 'Housing pledges', writtenBy: null };
const INTERVIEWS = { id: '0b7e0a52-93a4-4c57-8d0e-7d0c2f6a1e11', name: 'Interviews' };

let h: Harness;
// The screen's services, over the harness: the real backup service, backups folder and registry.
vi.mock('../../../../renderer/features/projects/ProjectContext', () => ({ useProject: () => ({ project: { ...INTERVIEWS, createdAt: '', openedAt: '' } }) }));
vi.mock('../../../../renderer/features/backups/BackupsContext', () => ({
  useBackups: () => ({ service: h.service, status: { running: null, failure: null, lastTakenAt: null }, project: { ...INTERVIEWS, writtenBy: null } }),
}));
vi.mock('../../../../renderer/features/backups/appBackups', () => ({ backupRegistry: () => h.registry }));
vi.mock('../../../../renderer/features/backups/backupFiles', () => ({
  ipcBackupFiles: new Proxy({}, { get: (_target, member: 'projects') => (...args: []) => h.files[member](...args) }),
}));
vi.mock('../../../../renderer/features/backups/useProjectTransfer', async (importActual) => ({
  ...(await importActual<object>()),
  // Reading a backup as the screen does; what is done with it after is other tests' (projectFiles.test.ts).
  useProjectTransfer: () => ({
    readBackup: async (projectId: string, backup: { file: string }) => {
      const file = await readProject(h.transfer, await h.files.read(projectId, backup.file));
      return file.ok ? { pending: { fileName: backup.file, file } } : { refusal: 'refused' };
    },
    discard: () => {},
  }),
}));
const { BackupsView } = await import('../../../../renderer/features/backups/BackupsView');

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
// jsdom has no CSS.escape, which React Aria's modal calls: the CSSOM's rule for identifiers, simply.
(globalThis as { CSS?: { escape(value: string): string } }).CSS ??= { escape: (value) => value.replace(/[^\w-]/gu, (c) => `\\${c}`) };

let view: Screen | null = null;

beforeEach(async () => {
  h = await backupHarness();
  const db = new ProjectDatabase(PROJECT_ID);
  await db.open();
  await loadProject(db, everyKindOfRow().tables, { replace: false });
  db.close();
  await h.registry.projects.bulkAdd([
    { id: HOUSING.id, name: HOUSING.name, createdAt: '', openedAt: '' },
    { id: INTERVIEWS.id, name: INTERVIEWS.name, createdAt: '', openedAt: '' },
  ]);
  await h.service.take(HOUSING, 'interval');
  // The researcher copies the backup, with its index, into the folder of “Interviews”.
  const from = join(h.dataPath, 'backups', HOUSING.id);
  const to = join(h.dataPath, 'backups', INTERVIEWS.id);
  await mkdir(to, { recursive: true });
  for (const name of await readdir(from)) await copyFile(join(from, name), join(to, name));
});

afterEach(async () => {
  await view?.unmount();
  view = null;
  for (const name of await Dexie.getDatabaseNames()) if (name.startsWith(PROJECT_DB_PREFIX)) await Dexie.delete(name);
  await h.dispose();
});

describe('a backup of one project found in the backups folder of another', () => {
  test('is listed saying whose backup it is', async () => {
    view = screen();
    await view.render(
      <AnnouncerProvider>
        <BackupsView />
      </AnnouncerProvider>,
    );
    for (let tries = 0; tries < 50 && !view.host.querySelector('table'); tries++) await settle(20);
    const section = view.host.querySelector<HTMLElement>(`section[aria-label="Backups of ${INTERVIEWS.name}"]`)!;
    const row = section.querySelector('tbody tr')!;
    expect(row.textContent).toContain(`a backup of another project, “${HOUSING.name}”`);
    const restore = row.querySelector('button')!;
    expect(restore.getAttribute('aria-label')).toMatch(new RegExp(`^Restore the backup of another project, “${HOUSING.name}”, taken while you worked on `));

    // Before it is restored, in place of “Interviews” or beside it, the dialog says so too.
    await act(async () => restore.click());
    for (let tries = 0; tries < 50 && !document.querySelector('[role="dialog"]'); tries++) await settle(20);
    const dialog = document.querySelector<HTMLElement>('[role="dialog"]')!;
    expect(dialog.textContent).toContain(`This is a backup of “${HOUSING.name}”, not of “${INTERVIEWS.name}”: it was found in the backups folder of “${INTERVIEWS.name}”.`);
    const replace = [...dialog.querySelectorAll('button')].find((b) => b.textContent === `Replace “${INTERVIEWS.name}”…`)!;
    await act(async () => replace.click());
    expect(document.querySelector('[role="dialog"]')!.textContent).toContain(`This is a backup of “${HOUSING.name}”, not of “${INTERVIEWS.name}”`);
  });

  test('is not offered as the newest backup of the folder’s project when that project’s data is missing', async () => {
    // “Interviews” has no database in this profile; “Housing pledges” holds its work.
    const lost = await findLostProjects(h.service, h.files, h.registry);
    expect(lost.map((p) => p.name)).toEqual([]);
  });
});
