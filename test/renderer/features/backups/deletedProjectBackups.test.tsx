// @vitest-environment jsdom
// A project the researcher deleted keeps its backups: the Backups place lists them under its name,
// said to be a deleted project, each with its Restore button.
import Dexie from 'dexie';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { PROJECT_DB_PREFIX, ProjectDatabase } from '../../../../renderer/db/projectDatabase';
import { loadProject } from '../../../../renderer/db/loadProject';
import { removeProjectEntry } from '../../../../renderer/db/registry';
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
  useProjectTransfer: () => ({ readBackup: async () => null, discard: () => {} }),
}));
const { BackupsView } = await import('../../../../renderer/features/backups/BackupsView');

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

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
  await h.service.before(HOUSING, { kind: 'delete-project' });
  // Deleted as ProjectContext deletes it: off the registry, recorded as deleted, its database gone.
  await removeProjectEntry(h.registry, HOUSING.id);
  await Dexie.delete(PROJECT_DB_PREFIX + HOUSING.id);
});

afterEach(async () => {
  await view?.unmount();
  view = null;
  for (const name of await Dexie.getDatabaseNames()) if (name.startsWith(PROJECT_DB_PREFIX)) await Dexie.delete(name);
  await h.dispose();
});

test('a deleted project’s backups are listed under its name, said to be a deleted project, each restorable', async () => {
  view = screen();
  await view.render(
    <AnnouncerProvider>
      <BackupsView />
    </AnnouncerProvider>,
  );
  for (let tries = 0; tries < 50 && !view.host.querySelector('table'); tries++) await settle(20);
  const section = view.host.querySelector<HTMLElement>(`section[aria-label="Backups of ${HOUSING.name}"]`)!;
  expect(section.querySelector('h3')!.textContent).toBe(`${HOUSING.name} (deleted project)`);
  const row = section.querySelector('tbody tr')!;
  expect(row.textContent).toContain('before the project was deleted');
  expect(row.querySelector('button')!.getAttribute('aria-label')).toMatch(/^Restore the backup taken before the project was deleted on /);
  // The open project is not said to be deleted.
  expect(view.host.querySelector(`section[aria-label="Backups of ${INTERVIEWS.name}"] h3`)!.textContent).toBe(`${INTERVIEWS.name} (open)`);
});
