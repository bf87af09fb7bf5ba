// Which backup is the newest when two were taken in the same millisecond (two windows, a clock set
// back onto an earlier backup's time): the one `backupBaseName` numbered later, `_2` after the first,
// `_10` after `_9`.
import { describe, expect, test } from 'vitest';
import { readBackupFolder, serializeBackupIndex, backupIndexFor } from '../../../shared/backup/backupIndex';
import { backupBaseName, BACKUP_EXTENSION } from '../../../shared/backup/backupName';
import { planRotation } from '../../../shared/backup/rotation';
import type { ProjectManifest } from '../../../shared/projectFile/manifest';

const AT = '2026-03-05T09:00:00.000Z';

/** The names of `n` backups taken in the same millisecond for the same reason, in the order taken. */
function sameMillisecond(n: number): string[] {
  const taken = new Set<string>();
  const names: string[] = [];
  for (let i = 0; i < n; i++) {
    const base = backupBaseName(AT, 'interval', taken);
    taken.add(base);
    names.push(base + BACKUP_EXTENSION);
  }
  return names;
}

const manifest = {
  project: { id: 'p', name: 'P' },
  schemaVersion: 6,
  formatVersion: 3,
  appVersion: 'test',
  counts: { coders: 0, attributeDefinitions: 0, documents: 1, texts: 1, codes: 0, codings: 0, memos: 0, documentSets: 0, savedQueries: 0, operations: 0 },
  originals: { included: false, referenced: [] },
} as unknown as ProjectManifest;

describe('backups taken in the same millisecond', () => {
  test('are listed newest first in the order they were taken, _10 after _9', () => {
    const names = sameMillisecond(11);
    const files = names.map((name) => ({ name, bytes: 100 }));
    const indexes = new Map(names.map((name) => [name.replace(BACKUP_EXTENSION, '.json'), serializeBackupIndex(backupIndexFor(name, 100, manifest))]));
    const folder = readBackupFolder(files, indexes);
    expect(folder.backups.map((b) => b.file)).toEqual([...names].reverse());
  });

  test('rotation keeps the one taken last as the newest', () => {
    const names = sameMillisecond(3);
    const plan = planRotation(names.map((file) => ({ file, takenAt: AT, reason: 'interval' as const, bytes: 1 })), { keepLast: 1, keepDaily: 1, keepWeekly: 1 }, { utcOffsetMinutes: () => 0 });
    expect(plan.keep.map((k) => k.file)).toEqual([names[2]]);
  });
});
