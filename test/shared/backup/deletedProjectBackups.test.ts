// What the Backups place says of a project the researcher deleted: when it was deleted, how many
// backups it left and the disk space they take, in words a researcher reads at a glance.
import { describe, expect, test } from 'vitest';
import type { BackupReason } from '../../../shared/backup/backupReasons';
import type { ListedBackup } from '../../../shared/backup/backupIndex';
import { agoInWords, deletedProjectBackups, deletedWhenInWords } from '../../../shared/backup/deletedProjectBackups';
import { sizeInWords } from '../../../shared/backup/sizeInWords';

const PROJECT = 'p-housing';

function listed(takenAt: string, reason: BackupReason, bytes: number, projectId = PROJECT): ListedBackup {
  const file = `${takenAt.replace(/:/g, '-').replace('.', '-')}_${reason}.framewise`;
  return {
    file,
    takenAt,
    reason,
    bytes,
    index: {
      format: 'framewise-backup-index',
      file,
      takenAt,
      reason,
      bytes,
      project: { id: projectId, name: projectId === PROJECT ? 'Housing pledges' : 'Interviews' },
      schemaVersion: 1,
      formatVersion: 1,
      appVersion: 'test',
      counts: {} as ListedBackup['index']['counts'],
      originals: [],
    },
  };
}

describe('a deleted project’s backups, summed up', () => {
  test('counts its backups and their bytes, and dates the deletion by the backup taken just before it', () => {
    const backups = [
      listed('2026-03-05T09:30:00.000Z', 'before-deleting-the-project', 3_000_000),
      listed('2026-03-05T09:20:00.000Z', 'interval', 2_000_000),
      listed('2026-03-04T16:00:00.000Z', 'on-open', 1_000_000),
    ];
    expect(deletedProjectBackups(PROJECT, backups)).toEqual({ count: 3, bytes: 6_000_000, deletedAt: '2026-03-05T09:30:00.000Z', newestAt: '2026-03-05T09:30:00.000Z', ofAnotherProject: 0 });
  });

  test('a project deleted, restored under its own id and deleted again is dated by its last deletion', () => {
    const backups = [
      listed('2026-03-20T11:00:00.000Z', 'before-deleting-the-project', 10),
      listed('2026-03-12T10:00:00.000Z', 'interval', 10),
      listed('2026-03-05T09:30:00.000Z', 'before-deleting-the-project', 10),
    ];
    expect(deletedProjectBackups(PROJECT, backups).deletedAt).toBe('2026-03-20T11:00:00.000Z');
  });

  test('without a backup taken before its deletion (an older Framewise deleted it), the deletion is not dated', () => {
    const summary = deletedProjectBackups(PROJECT, [listed('2026-03-04T16:00:00.000Z', 'on-open', 10)]);
    expect(summary.deletedAt).toBeNull();
    expect(summary.newestAt).toBe('2026-03-04T16:00:00.000Z');
  });

  test('another project’s backup copied into the folder by hand is counted, and said to be another’s, but never dates the deletion', () => {
    const summary = deletedProjectBackups(PROJECT, [listed('2026-03-06T10:00:00.000Z', 'before-deleting-the-project', 5, 'p-other'), listed('2026-03-05T09:30:00.000Z', 'before-deleting-the-project', 5)]);
    expect(summary).toMatchObject({ count: 2, bytes: 10, ofAnotherProject: 1, deletedAt: '2026-03-05T09:30:00.000Z' });
  });
});

describe('when the project was deleted, in words', () => {
  const now = new Date('2026-03-08T10:00:00.000Z');
  const day = (at: string) => at.slice(0, 10);
  test('dated by the backup taken just before the deletion', () => {
    const summary = deletedProjectBackups(PROJECT, [listed('2026-03-05T09:30:00.000Z', 'before-deleting-the-project', 1)]);
    expect(deletedWhenInWords(summary, now, day)).toBe('deleted 3 days ago, on 2026-03-05');
  });
  test('without that backup, said to follow the last backup, not dated as if known', () => {
    const summary = deletedProjectBackups(PROJECT, [listed('2026-03-05T09:30:00.000Z', 'interval', 1)]);
    expect(deletedWhenInWords(summary, now, day)).toBe('deleted after its last backup, taken 3 days ago, on 2026-03-05');
  });
});

describe('how long ago, in words', () => {
  const now = new Date('2026-03-20T12:00:00.000Z');
  test.each([
    ['2026-03-20T11:59:30.000Z', 'less than an hour ago'],
    ['2026-03-20T09:00:00.000Z', '3 hours ago'],
    ['2026-03-19T11:00:00.000Z', '1 day ago'],
    ['2026-03-10T12:00:00.000Z', '10 days ago'],
    ['2026-02-20T12:00:00.000Z', '4 weeks ago'],
    ['2025-12-20T12:00:00.000Z', '3 months ago'],
    ['2024-03-20T12:00:00.000Z', '2 years ago'],
  ])('%s is %s', (at, words) => {
    expect(agoInWords(at, now)).toBe(words);
  });

  test('a time after now (the clock was set back since) is not said to be in the future', () => {
    expect(agoInWords('2026-03-25T12:00:00.000Z', now)).toBe('recently');
  });
});

describe('sizes in words', () => {
  test.each([
    [0, '0 KB'],
    [300, '1 KB'],
    [512_000, '500 KB'],
    [12_900_000, '12.3 MB'],
    [3_700_000_000, '3.4 GB'],
  ])('%d bytes are %s', (bytes, words) => {
    expect(sizeInWords(bytes)).toBe(words);
  });
});
