// One window opens projects in turn, and one backup service backs each up. What the Backups place and
// the status line say ("Last backup: …", a failure) is the open project's own: a project opened after
// another is not said to have that one's backup, nor its failure.
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { ProjectDatabase } from '../../../../renderer/db/projectDatabase';
import type { BackupStatus } from '../../../../renderer/features/backups/backupService';
import { PROJECT_ID } from '../../../fixtures/projectFile/everyKindOfRow';
import { disposeProject, projectWithEveryKindOfRow, type Harness } from './backupHarness';

let h: Harness;
let db: ProjectDatabase;
const first = { id: PROJECT_ID, name: 'Housing pledges', writtenBy: null };
const second = { id: crypto.randomUUID(), name: 'Interviews', writtenBy: null };

beforeEach(async () => {
  ({ h, db } = await projectWithEveryKindOfRow());
});

afterEach(() => disposeProject({ h, db }));

test('the project opened next has no “last backup” of its own until it is backed up', async () => {
  await h.service.take(first, 'interval');
  expect(h.service.statusOf(first.id).lastTakenAt).toBe('2026-03-05T09:00:00.000Z');
  expect(h.service.statusOf(second.id)).toEqual({ running: null, failure: null, lastTakenAt: null });
});

test('a failed backup is said for its own project only, and stays said after another project’s backup succeeds', async () => {
  // The second project's database is gone: its backup fails.
  await expect(h.service.take({ ...second, id: 'not a project id/..' }, 'on-request')).rejects.toThrow();
  const seen: Array<[string, BackupStatus]> = [];
  h.service.subscribe((status, projectId) => seen.push([projectId, status]));
  await h.service.take(first, 'interval');
  expect(h.service.statusOf('not a project id/..').failure).toMatch(/backup of “Interviews”/);
  expect(h.service.statusOf(first.id).failure).toBeNull();
  expect(seen.every(([projectId]) => projectId === first.id)).toBe(true);
});
