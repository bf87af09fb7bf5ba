// @vitest-environment jsdom
// A project the researcher deleted keeps its backups: the Backups place lists them under its name,
// said to be a deleted project, with when it was deleted and the space its backups take, each with
// its Restore button; and a button named for the project deletes them, once the researcher has been
// told how many, how much space, and that the project cannot be restored afterwards.
import Dexie from 'dexie';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { PROJECT_DB_PREFIX, ProjectDatabase } from '../../../../renderer/db/projectDatabase';
import { loadProject } from '../../../../renderer/db/loadProject';
import { removeProjectEntry } from '../../../../renderer/db/registry';
import type { BackedUpProject } from '../../../../renderer/features/backups/backupService';
import { AnnouncerProvider, StatusBar } from '../../../../renderer/ui/Announcer';
import { sizeInWords } from '../../../../shared/backup/sizeInWords';
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
  await h.service.take(HOUSING, 'on-open');
  h.clock.advance(20);
  await h.service.before(HOUSING, { kind: 'delete-project' });
  // Deleted as ProjectContext deletes it: off the registry, recorded as deleted, its database gone.
  await removeProjectEntry(h.registry, HOUSING.id);
  await Dexie.delete(PROJECT_DB_PREFIX + HOUSING.id);
});

afterEach(async () => {
  vi.useRealTimers();
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

async function renderBackups(): Promise<Screen> {
  view = screen();
  await view.render(
    <AnnouncerProvider>
      <BackupsView />
      <StatusBar />
    </AnnouncerProvider>,
  );
  for (let tries = 0; tries < 50 && !view.host.querySelector('table'); tries++) await settle(20);
  return view;
}

const housingSection = () => document.querySelector<HTMLElement>(`section[aria-label="Backups of ${HOUSING.name}"]`);
const buttonNamed = (name: string) => [...document.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent) === name) ?? null;
const dialog = () => document.querySelector<HTMLElement>('[role="dialog"]');

async function press(key: string): Promise<void> {
  const target = document.activeElement ?? document.body;
  await act(async () => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
    target.dispatchEvent(new KeyboardEvent('keyup', { key, bubbles: true, cancelable: true }));
  });
}

describe('deleting the backups of a deleted project', () => {
  let total = 0;
  beforeEach(async () => {
    total = (await h.service.list(HOUSING.id)).reduce((sum, b) => sum + b.bytes, 0);
    // Three days after the deletion (the backup before it was taken at 09:20 on 5 March).
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-08T10:00:00.000Z'));
  });

  test('the list says how long ago the project was deleted, and how many backups it left and the space they take', async () => {
    await renderBackups();
    const text = housingSection()!.textContent!;
    expect(text).toContain('Deleted 3 days ago');
    expect(text).toContain(`2 backups, ${sizeInWords(total)}`);
  });

  test('a button named for the project asks first, saying how many backups, how much space, and that the project cannot be restored afterwards', async () => {
    await renderBackups();
    const open = buttonNamed(`Delete the backups of “${HOUSING.name}”…`)!;
    expect(open).not.toBeNull();
    await act(async () => open.click());
    await settle();
    const asked = dialog()!;
    expect(asked.textContent).toContain(`Delete the backups of “${HOUSING.name}”?`);
    expect(asked.textContent).toContain(`2 backups (${sizeInWords(total)})`);
    expect(asked.textContent).toMatch(/cannot be restored afterwards/);
    expect(asked.textContent).toMatch(/library/);
    // Cancel has the focus: Enter pressed by habit deletes nothing.
    expect(document.activeElement?.textContent).toBe('Cancel');
  });

  test('Escape closes the question, deletes nothing, and puts the focus back on the button', async () => {
    await renderBackups();
    const open = buttonNamed(`Delete the backups of “${HOUSING.name}”…`)!;
    open.focus();
    await act(async () => open.click());
    await settle();
    await press('Escape');
    await settle();
    expect(dialog()).toBeNull();
    expect(await h.service.list(HOUSING.id)).toHaveLength(2);
    expect(document.activeElement).toBe(open);
  });

  test('confirmed, the backups are deleted, the project is no longer listed, it is said, and the focus is on the Backups heading', async () => {
    await renderBackups();
    await act(async () => buttonNamed(`Delete the backups of “${HOUSING.name}”…`)!.click());
    await settle();
    await act(async () => buttonNamed(`Delete 2 backups of “${HOUSING.name}”`)!.click());
    for (let tries = 0; tries < 50 && housingSection(); tries++) await settle(20);
    expect(housingSection()).toBeNull();
    expect(await h.files.list(HOUSING.id)).toEqual([]);
    expect(document.querySelector('[aria-label="Status"]')!.textContent).toBe(`Deleted the 2 backups of “${HOUSING.name}” (${sizeInWords(total)}). It can no longer be restored.`);
    expect(document.activeElement).toBe(document.getElementById('backups-heading'));
  });

  test('the open project’s backups have no such button', async () => {
    await h.service.take({ ...INTERVIEWS, writtenBy: null }, 'on-request');
    await renderBackups();
    const open = document.querySelector<HTMLElement>(`section[aria-label="Backups of ${INTERVIEWS.name}"]`)!;
    expect(open.querySelector('tbody tr')).not.toBeNull();
    expect([...open.querySelectorAll('button')].some((b) => b.textContent!.startsWith('Delete'))).toBe(false);
  });
});
