// The backup taken "before Framewise upgraded the project" holds the rows as the older schema stored
// them. It is the one a researcher turns to when an upgrade went wrong, so it must restore: its rows
// are upgraded as the project's own were, not refused as a damaged file for the fields the older
// schema did not have.
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { compareProjects } from '../../../../shared/backup/compareProjects';
import type { ProjectTables } from '../../../../shared/projectFile/projectTables';
import { LATEST_VERSION, PROJECT_DB_PREFIX, ProjectDatabase } from '../../../../renderer/db/projectDatabase';
import { readProjectTables } from '../../../../renderer/db/projectSnapshot';
import { openAsNewProject, readProject } from '../../../../renderer/features/backups/projectTransfer';
import { readFramewiseFile } from '../../../../renderer/features/interop/incomingProject';
import { editFile, editRows } from '../../../shared/projectFile/editProjectFile';
import { backupHarness, type Harness } from './backupHarness';

let h: Harness;
beforeEach(async () => {
  h = await backupHarness();
});
afterEach(async () => {
  for (const name of await Dexie.getDatabaseNames()) if (name.startsWith(PROJECT_DB_PREFIX)) await Dexie.delete(name);
  await h.dispose();
});

/** A project as schema 1 stored it: no bibliographic fields, no declared attributes, no codebook criteria, memos as plain text. */
const schema1Rows = {
  documents: [
    { id: 'd1', title: 'Questionnaire', format: 'txt', fileName: 'q.txt', storedName: '', sha256: 'a'.repeat(64), order: 0, importedAt: '2026-01-01T00:00:00.000Z', length: 5, words: 1, extraction: {}, attributes: { leaning: 'left', year: 2017 } },
    { id: 'd2', title: 'News', format: 'txt', fileName: 'n.txt', storedName: '', sha256: 'b'.repeat(64), order: 1, importedAt: '2026-01-01T00:00:00.000Z', length: 5, words: 1, extraction: {}, attributes: { leaning: 'right', year: 2019 } },
  ],
  texts: [
    { docId: 'd1', text: 'Hello' },
    { docId: 'd2', text: 'World' },
  ],
  codes: [{ id: 'c1', name: 'pledge', color: '#2563eb', parentId: null, order: 0, definition: 'A commitment', createdAt: '2026-01-01T00:00:00.000Z' }],
  codings: [{ id: 'k1', docId: 'd1', codeId: 'c1', start: 0, end: 5, quote: 'Hello', prefix: '', suffix: '', coderId: 'u1', createdAt: '2026-01-01T00:00:00.000Z' }],
  memos: [{ id: 'm1', targetType: 'coding', targetId: 'k1', text: 'First line\nsecond line', coderId: 'u1', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' }],
  coders: [{ id: 'u1', name: 'Ana', color: '#7c3aed' }],
};

async function tablesOf(projectId: string): Promise<ProjectTables> {
  const db = new ProjectDatabase(projectId);
  try {
    return await readProjectTables(db);
  } finally {
    db.close();
  }
}

/** A schema-1 project, backed up before its upgrade as the app does it, then upgraded; the backup's bytes. */
async function upgradedWithItsBackup(projectId: string): Promise<Uint8Array> {
  const old = new ProjectDatabase(projectId, undefined, 1);
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(schema1Rows)) await old.table(table).bulkAdd(rows);
  });
  old.close();
  await h.service.take({ id: projectId, name: 'Old project', writtenBy: null }, 'before-schema-upgrade', { atStoredVersion: true });
  const upgraded = new ProjectDatabase(projectId);
  await upgraded.open();
  upgraded.close();
  const [backup] = await h.service.list(projectId);
  expect(backup).toMatchObject({ reason: 'before-schema-upgrade', index: { schemaVersion: 1 } });
  return h.files.read(projectId, backup!.file);
}

describe('a backup taken before a schema upgrade', () => {
  test('restores as a new project holding the rows the upgraded project holds, new fields filled', async () => {
    const projectId = crypto.randomUUID();
    const bytes = await upgradedWithItsBackup(projectId);
    const file = await readProject(h.transfer, bytes);
    if (!file.ok) throw new Error(file.problems.map((p) => p.message).join('\n'));
    expect(file.manifest.schemaVersion).toBe(LATEST_VERSION);
    const restored = await openAsNewProject(h.transfer, file, 'Old project (restored)');
    const tables = await tablesOf(restored.project.id);
    expect(tables.codes[0]).toMatchObject({ definition: 'A commitment', inclusion: '', exclusion: '', example: '' });
    expect(typeof tables.memos[0]!.body).toBe('string');
    expect(tables.attributeDefinitions.map((a) => a.name).sort()).toEqual(['leaning', 'year']);
    expect(compareProjects(await tablesOf(projectId), tables).differences).toEqual([]);
  });

  test('that is damaged is still refused for its damage, and leaves no scratch database behind', async () => {
    const projectId = crypto.randomUUID();
    const bytes = await upgradedWithItsBackup(projectId);
    const damaged = editFile(bytes, (entries) => editRows(entries, 'codes', (rows) => rows.push({ ...rows[0]! })), { consistent: true });
    const before = await Dexie.getDatabaseNames();
    const file = await readProject(h.transfer, damaged);
    expect(file.ok).toBe(false);
    expect(await Dexie.getDatabaseNames()).toEqual(before);
  });

  test('merges into another project as well (Import or merge a project file): its rows are upgraded, not refused', async () => {
    const bytes = await upgradedWithItsBackup(crypto.randomUUID());
    const incoming = await readFramewiseFile(bytes, 'old project.framewise');
    if (!incoming.ok) throw new Error(incoming.reason);
    expect(incoming.project.rows.codes[0]).toMatchObject({ name: 'pledge', definition: 'A commitment', inclusion: '', exclusion: '', example: '' });
    expect(typeof incoming.project.rows.memos[0]!.body).toBe('string');
  });
});

describe('a file written at a schema whose rows no later upgrade changes (4 and after)', () => {
  test('comes up to today’s schema with its rows as they are, as the scratch database would give them, without one', async () => {
    const projectId = crypto.randomUUID();
    const old = new ProjectDatabase(projectId, undefined, 1);
    await old.open();
    await old.transaction('rw', old.tables, async () => {
      for (const [table, rows] of Object.entries(schema1Rows)) await old.table(table).bulkAdd(rows);
    });
    old.close();
    // Upgraded to version 4 only, and backed up there: what a Framewise of schema 4 wrote.
    const four = new ProjectDatabase(projectId, undefined, 4);
    await four.open();
    four.close();
    await h.service.take({ id: projectId, name: 'Project of schema 4', writtenBy: null }, 'before-schema-upgrade', { atStoredVersion: true });
    const [backup] = await h.service.list(projectId);
    expect(backup).toMatchObject({ index: { schemaVersion: 4 } });

    const opened: string[] = [];
    const open = indexedDB.open.bind(indexedDB);
    indexedDB.open = (name: string, version?: number) => (opened.push(name), open(name, version));
    try {
      const file = await readProject(h.transfer, await h.files.read(projectId, backup!.file));
      if (!file.ok) throw new Error(file.problems.map((p) => p.message).join('\n'));
      expect(file.manifest.schemaVersion).toBe(LATEST_VERSION);
      const restored = await openAsNewProject(h.transfer, file, 'Project of schema 4 (restored)');
      const upgraded = new ProjectDatabase(projectId);
      await upgraded.open();
      upgraded.close();
      expect(compareProjects(await tablesOf(projectId), await tablesOf(restored.project.id)).differences).toEqual([]);
    } finally {
      indexedDB.open = open;
    }
    expect(opened.filter((name) => name.includes('schema-upgrade-'))).toEqual([]);
  });
});
