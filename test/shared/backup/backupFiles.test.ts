// Backup file names, their indexes, and sorting a backup folder into what the Backups place lists.
import { describe, expect, test } from 'vitest';
import { backupBaseName, parseBackupName } from '../../../shared/backup/backupName';
import { backupIndexFor, parseBackupIndex, readBackupFolder, serializeBackupIndex } from '../../../shared/backup/backupIndex';
import { BACKUP_REASONS } from '../../../shared/backup/backupReasons';
import { readProjectFile } from '../../../shared/projectFile/readProjectFile';
import { writeProjectFile } from '../../../shared/projectFile/writeProjectFile';
import { everyKindOfRow, everyKindOfRowHeader } from '../../fixtures/projectFile/everyKindOfRow';

describe('backup file names', () => {
  test('say when and why, sort in time order as text, and hold no character Windows refuses', () => {
    const names = ['2026-03-18T09:05:00.000Z', '2026-03-18T10:00:00.250Z', '2027-01-01T00:00:00.000Z'].map((at) => backupBaseName(at, 'before-deleting-documents'));
    expect(names[0]).toBe('2026-03-18T09-05-00-000Z_before-deleting-documents');
    expect([...names].reverse().sort()).toEqual(names);
    for (const reason of BACKUP_REASONS) expect(backupBaseName('2026-03-18T09:05:00.000Z', reason)).toMatch(/^[0-9A-Za-z_-]+$/);
  });

  test('read back to their time and reason', () => {
    expect(parseBackupName('2026-03-18T09-05-00-000Z_before-deleting-documents.framewise')).toEqual({
      base: '2026-03-18T09-05-00-000Z_before-deleting-documents',
      takenAt: '2026-03-18T09:05:00.000Z',
      reason: 'before-deleting-documents',
    });
    expect(parseBackupName('2026-03-18T09-05-00-000Z_on-open_2.json')).toMatchObject({ takenAt: '2026-03-18T09:05:00.000Z', reason: 'on-open' });
    expect(parseBackupName('2026-03-18T09-05-00-000Z_because.framewise')).toBeNull();
    expect(parseBackupName('notes.txt')).toBeNull();
  });

  test('two backups in the same millisecond for the same reason get distinct names', () => {
    const first = backupBaseName('2026-03-18T09:05:00.000Z', 'interval');
    const second = backupBaseName('2026-03-18T09:05:00.000Z', 'interval', new Set([first]));
    expect(second).toBe(`${first}_2`);
    expect(backupBaseName('2026-03-18T09:05:00.000Z', 'interval', new Set([first, second]))).toBe(`${first}_3`);
  });
});

describe('backup indexes and the backup folder', () => {
  const { tables } = everyKindOfRow();
  const { bytes } = writeProjectFile({ header: { ...everyKindOfRowHeader(), backupReason: 'on-open' }, tables });
  const read = readProjectFile(bytes);
  if (!read.ok) throw new Error('the backup does not read back');
  const file = '2026-03-18T09-05-00-000Z_on-open.framewise';
  const index = backupIndexFor(file, bytes.length, read.project.manifest);

  test('an index holds what the Backups place lists and the originals the backup needs', () => {
    expect(index).toMatchObject({
      file,
      takenAt: '2026-03-18T09:05:00.000Z',
      reason: 'on-open',
      bytes: bytes.length,
      project: { name: 'Housing pledges 2017–2019' },
      schemaVersion: 4,
      counts: { documents: 8, codings: 11, memos: 6 },
    });
    expect(index.originals).toHaveLength(6);
    expect(parseBackupIndex(serializeBackupIndex(index))).toEqual(index);
    expect(parseBackupIndex('{"format":"framewise-backup-index"')).toBeNull();
  });

  test('only finished, checked backups are listed, newest first; the rest is set aside', () => {
    const older = '2026-03-17T09-05-00-000Z_interval.framewise';
    const olderIndex = { ...index, file: older, takenAt: '2026-03-17T09:05:00.000Z', reason: 'interval' as const };
    const folder = readBackupFolder(
      [
        { name: older, bytes: bytes.length },
        { name: older.replace('.framewise', '.json'), bytes: 500 },
        { name: file, bytes: bytes.length },
        { name: file.replace('.framewise', '.json'), bytes: 500 },
        // Interrupted before its index was written.
        { name: '2026-03-18T10-00-00-000Z_interval.framewise', bytes: 1234 },
        // Cut short after its index was written.
        { name: '2026-03-18T11-00-00-000Z_interval.framewise', bytes: 10 },
        { name: '2026-03-18T11-00-00-000Z_interval.json', bytes: 500 },
        // An index whose backup is gone, and a temporary file of an interrupted write.
        { name: '2026-03-01T11-00-00-000Z_interval.json', bytes: 500 },
        { name: '2026-03-18T12-00-00-000Z_interval.framewise.tmp-1234', bytes: 100 },
      ],
      new Map([
        [older.replace('.framewise', '.json'), serializeBackupIndex(olderIndex)],
        [file.replace('.framewise', '.json'), serializeBackupIndex(index)],
        ['2026-03-18T11-00-00-000Z_interval.json', serializeBackupIndex({ ...index, file: '2026-03-18T11-00-00-000Z_interval.framewise' })],
        ['2026-03-01T11-00-00-000Z_interval.json', serializeBackupIndex(index)],
      ]),
    );
    expect(folder.backups.map((b) => [b.file, b.reason, b.index.counts.codings])).toEqual([
      [file, 'on-open', 11],
      [older, 'interval', 11],
    ]);
    expect(folder.unchecked).toEqual(['2026-03-18T10-00-00-000Z_interval.framewise', '2026-03-18T11-00-00-000Z_interval.framewise']);
    expect(folder.strays).toEqual(['2026-03-01T11-00-00-000Z_interval.json', '2026-03-18T12-00-00-000Z_interval.framewise.tmp-1234']);
  });
});
