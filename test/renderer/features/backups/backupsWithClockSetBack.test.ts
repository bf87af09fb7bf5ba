// A clock set back (a dead clock battery, a wrong date typed in, a time server that corrects a clock
// that ran ahead) gives the backup just taken an earlier time than the backups before it. It is still
// the newest backup of the project, the only one that holds the work done since: rotation must not
// delete it as the oldest.
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { ProjectDatabase } from '../../../../renderer/db/projectDatabase';
import { PROJECT_ID } from '../../../fixtures/projectFile/everyKindOfRow';
import { disposeProject, projectWithEveryKindOfRow, type Harness } from './backupHarness';

let h: Harness;
let db: ProjectDatabase;
const project = { id: PROJECT_ID, name: 'Housing pledges', writtenBy: null };

beforeEach(async () => {
  ({ h, db } = await projectWithEveryKindOfRow());
});

afterEach(() => disposeProject({ h, db }));

/** Two months of backups, one every four days: more weeks and days than rotation keeps. */
async function twoMonthsOfBackups(): Promise<void> {
  for (let i = 0; i < 16; i++) {
    await h.service.take(project, 'interval');
    h.clock.advance(4 * 24 * 60);
  }
}

test('the backup taken after the clock was set back is kept and listed, not deleted as the oldest', async () => {
  await twoMonthsOfBackups();
  h.clock.now = new Date('2000-01-01T10:00:00.000Z');
  const taken = await h.service.take(project, 'interval');
  const listed = await h.service.list(PROJECT_ID);
  expect(listed.map((b) => b.file)).toContain(taken.file);
  expect(await h.files.list(PROJECT_ID)).toContainEqual(expect.objectContaining({ name: taken.file }));
});

test('with the clock still set back, each new backup is kept in its turn', async () => {
  await twoMonthsOfBackups();
  h.clock.now = new Date('2000-01-01T10:00:00.000Z');
  await h.service.take(project, 'interval');
  h.clock.advance(10);
  const second = await h.service.take(project, 'interval');
  expect((await h.service.list(PROJECT_ID)).map((b) => b.file)).toContain(second.file);
});
