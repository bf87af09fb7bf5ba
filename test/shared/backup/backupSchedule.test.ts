// When a backup is due, with the clock passed in.
import { describe, expect, test } from 'vitest';
import { backupBeforeOperation, backupDueOnOpen, backupDueOnTimer, changedSince, type LastBackup } from '../../../shared/backup/backupSchedule';

const last: LastBackup = { takenAt: '2026-03-18T10:00:00.000Z', mark: { changedAt: '2026-03-18T09:58:00.000Z' } };
const unchanged = { changedAt: '2026-03-18T09:58:00.000Z' };
const changed = { changedAt: '2026-03-18T10:03:00.000Z' };

describe('backup on opening a project', () => {
  test('is taken when the project changed since its last backup, or has none', () => {
    expect(backupDueOnOpen(last, changed)).toMatchObject({ due: true, reason: 'on-open' });
    expect(backupDueOnOpen(null, { changedAt: null })).toMatchObject({ due: true, why: 'the project has no backup yet' });
  });

  test('is not taken when nothing changed', () => {
    expect(backupDueOnOpen(last, unchanged)).toMatchObject({ due: false });
  });

  test('a change counter decides over times, so a clock set back cannot hide a change', () => {
    const counted: LastBackup = { takenAt: last.takenAt, mark: { changedAt: '2026-03-18T09:58:00.000Z', counter: 41 } };
    expect(changedSince(counted, { changedAt: '2026-03-18T09:58:00.000Z', counter: 42 })).toBe(true);
    expect(changedSince(counted, { changedAt: '2026-03-18T09:00:00.000Z', counter: 41 })).toBe(false);
    // Without counters, a change logged at an earlier time (clock set back) still counts.
    expect(changedSince(last, { changedAt: '2026-03-18T08:00:00.000Z' })).toBe(true);
  });
});

describe('backup on the timer', () => {
  test('waits for the interval after the last backup, and says when to ask again', () => {
    expect(backupDueOnTimer(last, changed, '2026-03-18T10:04:00.000Z')).toEqual({
      due: false,
      reason: 'interval',
      why: 'the last backup is too recent',
      askAgainAt: '2026-03-18T10:10:00.000Z',
    });
  });

  test('is due once the interval has passed and the project changed', () => {
    expect(backupDueOnTimer(last, changed, '2026-03-18T10:10:00.000Z')).toMatchObject({ due: true, reason: 'interval' });
    expect(backupDueOnTimer(last, changed, '2026-03-18T13:00:00.000Z')).toMatchObject({ due: true });
  });

  test('is never due while nothing changes, however long', () => {
    expect(backupDueOnTimer(last, unchanged, '2026-03-25T10:00:00.000Z')).toEqual({ due: false, reason: 'interval', why: 'nothing changed since the last backup' });
  });

  test('follows the interval preference', () => {
    expect(backupDueOnTimer(last, changed, '2026-03-18T10:04:00.000Z', 3)).toMatchObject({ due: true });
    expect(backupDueOnTimer(last, changed, '2026-03-18T10:04:00.000Z', 30)).toMatchObject({ due: false, askAgainAt: '2026-03-18T10:30:00.000Z' });
  });

  test('backs up at once when the clock was set back behind the last backup', () => {
    expect(backupDueOnTimer(last, changed, '2026-03-18T09:00:00.000Z')).toMatchObject({ due: true });
  });
});

describe('backup before a destructive operation', () => {
  test.each([
    [{ kind: 'delete-documents', documents: 3 }, true, 'before-deleting-documents'],
    [{ kind: 'delete-documents', documents: 0 }, false, 'before-deleting-documents'],
    [{ kind: 'delete-code', codings: 12, memos: 0 }, true, 'before-deleting-a-code'],
    // Memos written on the code are a researcher's work as much as its codings.
    [{ kind: 'delete-code', codings: 0, memos: 1 }, true, 'before-deleting-a-code'],
    [{ kind: 'delete-code', codings: 0, memos: 0 }, false, 'before-deleting-a-code'],
    [{ kind: 'merge-codes' }, true, 'before-merging-codes'],
    [{ kind: 'apply-manifest', overwrittenValues: 5 }, true, 'before-applying-a-manifest'],
    [{ kind: 'apply-manifest', overwrittenValues: 0 }, false, 'before-applying-a-manifest'],
    [{ kind: 'import-project' }, true, 'before-importing-a-project'],
    [{ kind: 'schema-upgrade', from: 4, to: 5 }, true, 'before-schema-upgrade'],
    [{ kind: 'replace-project' }, true, 'before-replacing-the-project'],
    [{ kind: 'delete-project' }, true, 'before-deleting-the-project'],
  ] as const)('%o: due %s', (operation, due, reason) => {
    expect(backupBeforeOperation(operation)).toMatchObject({ due, reason });
  });
});
