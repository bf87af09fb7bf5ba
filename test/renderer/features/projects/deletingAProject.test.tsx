// @vitest-environment jsdom
// Deleting a project (Delete project… in the project menu): the dialog says what the project holds and
// that a backup is taken first; the backup is taken before anything goes, and when it fails nothing
// goes; then the project opened most recently before it opens, and the project's entry and data are
// gone while its backup stays, restorable as a new project and never offered at start as a lost one.
// The last project deleted leaves a new empty project open, as on a first start.
import Dexie from 'dexie';
import { act } from 'react';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PROJECT_DB_PREFIX, ProjectDatabase } from '../../../../renderer/db/projectDatabase';
import { deletedProjectIds, listProjects, RegistryDatabase } from '../../../../renderer/db/registry';
import { openAsNewProject, readProject } from '../../../../renderer/features/backups/projectTransfer';
import { findLostProjects } from '../../../../renderer/features/backups/startupChecks';
import { ProjectBar } from '../../../../renderer/features/projects/ProjectBar';
import { backupHarness, type Harness } from '../backups/backupHarness';
import { settle } from '../memos/memoHarness';
import { doing, openWindow, type OpenWindow } from './projectHarness';

let h: Harness;
let failWrites = false;
let window_: OpenWindow;
let deletedSample = '';
// The backup before deleting, as the window hands it to the project bar (BackupsContext's backupBefore,
// whose provider needs main): the real backup service over a temporary data folder.
async function backUpBeforeDeleting(): Promise<boolean> {
  const { project, coder } = window_.opened();
  try {
    await h.service.before({ id: project.id, name: project.name, writtenBy: { coderId: coder.id, name: coder.name } }, { kind: 'delete-project' });
    return true;
  } catch {
    return false;
  }
}

const registry = new RegistryDatabase();
const dialog = () => document.querySelector<HTMLElement>('[role="dialog"]');
const button = (name: string) => [...dialog()!.querySelectorAll('button')].find((b) => b.textContent === name);
const exists = (projectId: string) => Dexie.exists(PROJECT_DB_PREFIX + projectId);

async function press(name: string): Promise<void> {
  await act(async () => button(name)!.click());
  await settle(50);
}

beforeAll(async () => {
  h = await backupHarness({
    files: (files) => ({
      ...files,
      write: async (projectId, name, content) => {
        if (failWrites) throw new Error('The disk is full.');
        return files.write(projectId, name, content);
      },
    }),
  });
  window_ = await openWindow(<ProjectBar backUpBeforeDeleting={backUpBeforeDeleting} />);
  await doing(() => window_.opened().createEmptyProject('Interviews'));
  await doing(() => window_.opened().createSampleProject());
});

afterAll(async () => {
  await window_.view.unmount();
  await h.dispose();
});

describe('deleting a project', () => {
  test('the dialog names the project and what it holds, says a backup is taken first, and has Cancel focused', async () => {
    const sample = window_.opened();
    const [documents, codings, memos] = [await sample.db.documents.count(), await sample.db.codings.count(), await sample.db.memos.count()];
    expect(documents).toBeGreaterThan(0);
    await window_.chooseFromMenu('deleteProject');
    expect(dialog()!.querySelector('h2')!.textContent).toBe(`Delete the project “${sample.project.name}”?`);
    expect(dialog()!.textContent).toContain(`It holds ${documents} documents, ${codings} codings and ${memos} memos`);
    expect(dialog()!.textContent).toMatch(/backs the project up first: Backups lists that backup and can restore it as a new project/);
    expect(document.activeElement?.textContent).toBe('Cancel');
    expect(button(`Delete “${sample.project.name}”`)).toBeDefined();
    await press('Cancel');
    expect(dialog()).toBeNull();
    expect(window_.opened().project.id).toBe(sample.project.id);
  });

  test('when the backup fails, nothing is deleted', async () => {
    const sample = window_.opened().project;
    failWrites = true;
    try {
      await window_.chooseFromMenu('deleteProject');
      await press(`Delete “${sample.name}”`);
      for (let tries = 0; !h.service.statusOf(sample.id).failure && tries < 100; tries++) await settle(20);
      await settle(100);
    } finally {
      failWrites = false;
    }
    expect(h.service.statusOf(sample.id).failure).toMatch(/was not written: The disk is full/);
    expect(window_.opened().project.id).toBe(sample.id);
    expect((await listProjects(registry)).map((p) => p.id)).toContain(sample.id);
    expect(await exists(sample.id)).toBe(true);
    expect(await h.service.list(sample.id)).toEqual([]);
  });

  test('takes a backup first, opens the project opened most recently before it, and removes its entry and data', async () => {
    const sample = window_.opened().project;
    const documents = await window_.opened().db.documents.count();
    await window_.chooseFromMenu('deleteProject');
    await press(`Delete “${sample.name}”`);
    await settle(100);

    deletedSample = sample.id;
    const [backup] = await h.service.list(sample.id);
    expect(backup).toMatchObject({ reason: 'before-deleting-the-project' });
    expect(backup!.index.counts.documents).toBe(documents);
    expect(window_.opened().project.name).toBe('Interviews');
    expect((await listProjects(registry)).map((p) => p.name)).toEqual(['Interviews', 'My project']);
    expect(await exists(sample.id)).toBe(false);
    expect(window_.status()).toContain(`Deleted “${sample.name}”. Its backups stay`);
  });

  test('deleting the last project leaves a new empty project open, named as on a first start', async () => {
    for (const name of ['Interviews', 'My project']) {
      const open = window_.opened().project;
      expect(open.name).toBe(name);
      await window_.chooseFromMenu('deleteProject');
      await press(`Delete “${name}”`);
      await settle(100);
      expect(await exists(open.id)).toBe(false);
    }
    const fresh = window_.opened();
    expect((await listProjects(registry)).map((p) => p.name)).toEqual(['My project']);
    expect(fresh.project.name).toBe('My project');
    expect(await fresh.db.documents.count()).toBe(0);
    expect(await fresh.db.codes.count()).toBeGreaterThan(0);
  });
  test('a deleted project is not offered as lost at start, and its backup restores it as a new project', async () => {
    expect(await findLostProjects(h.service, h.files, registry)).toEqual([]);

    const [backup] = await h.service.list(deletedSample);
    const file = await readProject(h.transfer, await h.files.read(deletedSample, backup!.file));
    if (!file.ok) throw new Error('the backup did not read');
    const restored = await openAsNewProject({ ...h.transfer, registry }, file, 'Restored sample');
    expect((await listProjects(registry)).map((p) => p.name)).toEqual(['My project', 'Restored sample']);
    const db = new ProjectDatabase(restored.project.id);
    expect(await db.documents.count()).toBe(backup!.index.counts.documents);
    db.close();
    // Back in the list, it is a project like any other again: were its data lost, it would be offered back.
    expect(await deletedProjectIds(registry)).not.toContain(restored.project.id);
  });
});
