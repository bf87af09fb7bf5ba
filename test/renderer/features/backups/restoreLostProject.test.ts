// A project whose data was found gone at start is offered back from its newest backup. The offer
// stays on the screen while the researcher works; if they work in that very project meanwhile
// (import documents into its empty database, say), restoring the backup in its place would replace
// that work, with no backup of it taken first. It is refused then, and nothing changes.
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { commitChange } from '../../../../renderer/db/changes';
import { loadProject } from '../../../../renderer/db/loadProject';
import { PROJECT_DB_PREFIX, ProjectDatabase } from '../../../../renderer/db/projectDatabase';
import { readProjectTables } from '../../../../renderer/db/projectSnapshot';
import { trackChanges } from '../../../../renderer/features/backups/changeMark';
import { restoreLostProject } from '../../../../renderer/features/backups/restoreLost';
import { findLostProjects } from '../../../../renderer/features/backups/startupChecks';
import { everyKindOfRow, PROJECT_ID } from '../../../fixtures/projectFile/everyKindOfRow';
import { backupHarness, type Harness } from './backupHarness';

let h: Harness;
const project = { id: PROJECT_ID, name: 'Housing pledges', writtenBy: null };

beforeEach(async () => {
  h = await backupHarness();
  const db = new ProjectDatabase(PROJECT_ID);
  await db.open();
  await loadProject(db, everyKindOfRow().tables, { replace: false });
  db.close();
  await h.registry.projects.add({ id: PROJECT_ID, name: 'Housing pledges', createdAt: '', openedAt: '' });
  await h.service.take(project, 'interval');
  // The profile's storage lost the project's data; the registry still lists it.
  await Dexie.delete(PROJECT_DB_PREFIX + PROJECT_ID);
});

afterEach(async () => {
  for (const name of await Dexie.getDatabaseNames()) if (name.startsWith(PROJECT_DB_PREFIX)) await Dexie.delete(name);
  await h.dispose();
});

const newDocument = { id: 'd-new', title: 'Interview 9', format: 'txt' as const, fileName: 'i9.txt', storedName: '', sha256: 'f'.repeat(64), order: 0, importedAt: '2026-03-05T10:00:00.000Z', length: 5, words: 1, extraction: {}, attributes: {}, author: '', date: '', source: '', url: '' };

describe('restoring a project found lost at start', () => {
  test('brings its newest backup back into its own id', async () => {
    const [lost] = await findLostProjects(h.service, h.files, h.registry);
    const restored = await restoreLostProject(h.transfer, h.files, lost!);
    expect(restored).toEqual({ ok: true, projectId: PROJECT_ID });
    const db = new ProjectDatabase(PROJECT_ID);
    expect((await readProjectTables(db)).documents).toHaveLength(8);
    db.close();
  });

  test('is refused once the researcher has worked in the project since, and the work stays', async () => {
    const [lost] = await findLostProjects(h.service, h.files, h.registry);
    const db = new ProjectDatabase(PROJECT_ID);
    await db.open();
    const stop = trackChanges(h.registry, PROJECT_ID);
    try {
      await commitChange(db, { label: 'Document imported', changes: [{ table: 'documents', key: 'd-new', before: null, after: newDocument }] }, { log: false });
      const restored = await restoreLostProject(h.transfer, h.files, lost!);
      expect(restored.ok).toBe(false);
      if (!restored.ok) expect(restored.message).toMatch(/was not restored: it holds work done since Framewise started.*Nothing was changed/);
      expect((await db.documents.toArray()).map((d) => d.id)).toEqual(['d-new']);
    } finally {
      stop();
      db.close();
    }
  });
});
