// A project's database when another connection to it (another window, the backup worker) deletes it.
import Dexie from 'dexie';
import { afterEach, expect, test, vi } from 'vitest';
import type { CodeRecord } from '../../../shared/model';
import { commitChange } from '../../../renderer/db/changes';
import { ProjectDatabase } from '../../../renderer/db/projectDatabase';
import { failureReason } from '../../../renderer/db/writeFailure';

const code = (id: string): CodeRecord => ({ id, name: id, color: '#2563eb', parentId: null, order: 0, definition: '', inclusion: '', exclusion: '', example: '', createdAt: '2026-01-01T00:00:00.000Z' });
const created = (id: string) => ({ label: `Code “${id}” created`, changes: [{ table: 'codes' as const, key: id, before: null, after: code(id) }] });

afterEach(() => vi.restoreAllMocks());

test('a write after another connection deleted the project is refused, and does not bring the project back empty', async () => {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  const projectId = crypto.randomUUID();
  const db = new ProjectDatabase(projectId);
  await db.open();
  await commitChange(db, created('pledge'), { coderId: 'k1' });

  await new ProjectDatabase(projectId).delete();

  const failure = await commitChange(db, created('claim'), { coderId: 'k1' }).then(
    () => null,
    (error: unknown) => error,
  );
  expect(failure).not.toBeNull();
  expect(failureReason(failure)).toMatch(/storage was closed/);
  // Not recreated: an empty database under the project's name, holding only this write, would be a
  // project nobody lists (and reads would find an empty one where the deleted project was).
  expect(await Dexie.exists(db.name)).toBe(false);
  await expect(db.codes.count()).rejects.toThrow();
});

test('another connection upgrading the project does not close it for good: the next write reopens it', async () => {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  const projectId = crypto.randomUUID();
  const db = new ProjectDatabase(projectId);
  await db.open();
  const newer = new Dexie(db.name);
  newer.version(7).stores({ later: 'id' });
  await newer.open();
  newer.close();
  await commitChange(db, created('pledge'), { coderId: 'k1' });
  expect((await db.codes.toArray()).map((c) => c.id)).toEqual(['pledge']);
  db.close();
  await Dexie.delete(db.name);
});
