// Project files in the app, under Node: the committed fixture of each format opens as a project with
// exactly its rows; a damaged file is refused with its reason and nothing changes; a project is
// backed up at its old schema before an upgrade, and that backup restores.
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { compareProjects } from '../../../../shared/backup/compareProjects';
import { sha256Hex } from '../../../../shared/hash/sha256';
import { describeRefusal } from '../../../../shared/projectFile/problems';
import type { ProjectTables } from '../../../../shared/projectFile/projectTables';
import { LATEST_VERSION, PROJECT_DB_PREFIX, ProjectDatabase } from '../../../../renderer/db/projectDatabase';
import { readProjectTables } from '../../../../renderer/db/projectSnapshot';
import { openAsNewProject, readProject, replaceProject } from '../../../../renderer/features/backups/projectTransfer';
import { openProjectDatabase } from '../../../../renderer/features/projects/workspace';
import { editFile, editRows, savedCopy } from '../../../shared/projectFile/editProjectFile';
import { PROJECT_ID } from '../../../fixtures/projectFile/everyKindOfRow';
import { FORMAT_VERSIONS, readFormatFixture, rowsReadFrom } from '../../../fixtures/projectFile/formatFixtures';
import { backupHarness, type Harness } from './backupHarness';

let h: Harness;
beforeEach(async () => {
  h = await backupHarness();
});
afterEach(async () => {
  for (const name of await Dexie.getDatabaseNames()) if (name.startsWith(PROJECT_DB_PREFIX)) await Dexie.delete(name);
  await h.dispose();
});

async function tablesOf(projectId: string): Promise<ProjectTables> {
  const db = new ProjectDatabase(projectId);
  try {
    return await readProjectTables(db);
  } finally {
    db.close();
  }
}

describe.each(FORMAT_VERSIONS)('the committed format-%i project file', (version) => {
  test('opens in the app as a new project holding exactly its rows, its originals in the library', async () => {
    const { name, bytes, expected } = readFormatFixture(version);
    const file = await readProject(h.transfer, bytes);
    if (!file.ok) throw new Error(describeRefusal(name, file.problems));
    const opened = await openAsNewProject(h.transfer, file);
    expect(opened).toMatchObject({ newProjectId: false, originalsStored: Object.keys(expected.originals).length });
    expect(opened.project).toMatchObject({ id: PROJECT_ID, name: 'Housing pledges 2017–2019' });
    // Format 1 had no saved queries: the project opens without any.
    expect(compareProjects(rowsReadFrom(version, expected.tables), await tablesOf(PROJECT_ID)).differences).toEqual([]);
    const library = join(h.dataPath, 'library');
    for (const [name, sha] of Object.entries(expected.originals)) expect(sha256Hex(new Uint8Array(readFileSync(join(library, name))))).toBe(sha);
  });
});

describe('a damaged project file', () => {
  const damaged: Array<[string, () => Uint8Array, RegExp]> = [
    ['cut short', () => savedCopy().slice(0, 4000), /not a readable zip/],
    ['with a changed byte', () => {
      const bytes = savedCopy(0);
      const at = Buffer.from(bytes).indexOf('"id":"k-7"');
      bytes[at + 7] = '8'.charCodeAt(0);
      return bytes;
    }, /does not match its checksum/],
    ['without a table', () => editFile(savedCopy(), (entries) => delete entries['tables/codings.jsonl'], { consistent: false }), /The table of codings .* is missing/],
    ['with a malformed row', () => editFile(savedCopy(), (entries) => editRows(entries, 'codings', (rows) => void (rows[0]!.start = -1)), { consistent: true }), /line 1: “start”/],
    ['from a newer Framewise', () => editFile(savedCopy(), (_entries, manifest) => void (manifest.formatVersion = 99), { consistent: true }), /written by a newer Framewise/],
  ];

  test.each(damaged)('%s is refused with its reason, and no project, database or original is added', async (_what, make, reason) => {
    const file = await readProject(h.transfer, make());
    expect(file.ok).toBe(false);
    if (file.ok) return;
    expect(describeRefusal('copy.framewise', file.problems)).toMatch(/^Framewise did not open “copy\.framewise”, and nothing in your projects was changed\./);
    expect(file.problems.map((p) => p.message).join('\n')).toMatch(reason);
    expect(await h.registry.projects.count()).toBe(0);
    expect((await Dexie.getDatabaseNames()).filter((n) => n.startsWith(PROJECT_DB_PREFIX))).toEqual([]);
    expect(await readdir(join(h.dataPath, 'library')).catch(() => [])).toEqual([]);
  });
});

describe('opening a copy of a project that is open here', () => {
  test('opens it as a new project id with the same row ids; replacing the open one keeps its id', async () => {
    const first = await readProject(h.transfer, savedCopy());
    if (!first.ok) throw new Error('the copy did not open');
    await openAsNewProject(h.transfer, first);
    const second = await readProject(h.transfer, savedCopy());
    if (!second.ok) throw new Error('the copy did not open');
    const beside = await openAsNewProject(h.transfer, second, 'Second copy');
    expect(beside.newProjectId).toBe(true);
    const tables = await tablesOf(beside.project.id);
    expect(tables.codings.map((c) => c.id).sort()).toEqual((await tablesOf(PROJECT_ID)).codings.map((c) => c.id).sort());
    expect(tables.memos.filter((m) => m.targetType === 'project').every((m) => m.targetId === beside.project.id)).toBe(true);

    const third = await readProject(h.transfer, editFile(savedCopy(), (entries) => editRows(entries, 'codings', (rows) => void rows.splice(-3)), { consistent: true }));
    if (!third.ok) throw new Error(third.problems.map((p) => p.message).join('\n'));
    await replaceProject(h.transfer, third, PROJECT_ID);
    expect((await tablesOf(PROJECT_ID)).codings.length).toBe(8);
  });
});

describe('before a schema upgrade', () => {
  test('the project is backed up at the version it is stored in, then upgraded; the backup restores', async () => {
    const id = crypto.randomUUID();
    const old = new ProjectDatabase(id, undefined, 3);
    await old.open();
    await old.table('documents').add({ id: 'd1', title: 'Questionnaire', format: 'txt', fileName: 'q.txt', storedName: '', sha256: 'a'.repeat(64), order: 0, importedAt: '2026-01-01T00:00:00.000Z', length: 5, words: 1, extraction: {}, attributes: {}, author: '', date: '', source: '', url: '' });
    await old.table('texts').add({ docId: 'd1', text: 'Hello' });
    old.close();
    const seen: number[] = [];
    const db = await openProjectDatabase(id, { id: 'u1', name: 'Ana', color: '#7c3aed' }, async (projectId, from) => {
      seen.push(from);
      await h.service.take({ id: projectId, name: 'Old project', writtenBy: null }, 'before-schema-upgrade', { atStoredVersion: true });
    });
    expect(db.verno).toBe(LATEST_VERSION);
    db.close();
    expect(seen).toEqual([3]);
    const [backup] = await h.service.list(id);
    expect(backup).toMatchObject({ reason: 'before-schema-upgrade', index: { schemaVersion: 3, counts: { documents: 1 } } });
    const file = await readProject(h.transfer, await h.files.read(id, backup!.file));
    if (!file.ok) throw new Error(file.problems.map((p) => p.message).join('\n'));
    const restored = await openAsNewProject(h.transfer, file);
    expect(restored.newProjectId).toBe(true);
    expect((await tablesOf(restored.project.id)).texts).toEqual([{ docId: 'd1', text: 'Hello' }]);
  });
});
