// Rotation on a synthetic history of ten weeks: what stays, what goes, at the edges of the rules.
import { describe, expect, test } from 'vitest';
import { planRotation, type RotatedBackup } from '../../../shared/backup/rotation';
import type { BackupReason } from '../../../shared/backup/backupReasons';

const UTC = { utcOffsetMinutes: () => 0 };
const defaults = { keepLast: 10, keepDaily: 14, keepWeekly: 8 };

function backup(takenAt: string, reason: BackupReason = 'interval'): RotatedBackup {
  return { file: `${takenAt}_${reason}`, takenAt, reason, bytes: 1000 };
}

/** One backup a day at noon UTC, for the 70 days up to Wednesday 18 March 2026. */
function tenWeeks(): RotatedBackup[] {
  const today = Date.parse('2026-03-18T12:00:00.000Z');
  return Array.from({ length: 70 }, (_, daysAgo) => backup(new Date(today - daysAgo * 86_400_000).toISOString()));
}

const day = (date: string) => `${date}T12:00:00.000Z_interval`;

describe('rotation', () => {
  test('ten weeks of daily backups keep the last 14 days and the newest of each of the last 8 weeks', () => {
    const plan = planRotation(tenWeeks(), defaults, UTC);
    const kept = plan.keep.map((k) => k.file);
    const lastFourteenDays = Array.from({ length: 14 }, (_, i) => day(`2026-03-${String(18 - i).padStart(2, '0')}`));
    // Sundays end the ISO weeks: the weeks of 2 March back to 26 January (the 8th week with backups).
    const weeklyBeyond = ['2026-03-01', '2026-02-22', '2026-02-15', '2026-02-08', '2026-02-01'].map(day);
    expect(kept).toEqual([...lastFourteenDays, ...weeklyBeyond]);
    expect(plan.delete).toHaveLength(70 - 19);
    expect(plan.keptBytes).toBe(19_000);
    expect(plan.freedBytes).toBe(51_000);
  });

  test('a backup exactly 14 days old is past the daily rule, and one exactly 8 weeks old past the weekly rule', () => {
    const plan = planRotation(tenWeeks(), defaults, UTC);
    // 4 March is the 15th day with backups, and not the newest of its week (8 March is).
    expect(plan.delete).toContain(day('2026-03-04'));
    expect(plan.keep.find((k) => k.file === day('2026-03-05'))!.rules).toEqual(['daily']);
    // 21 January: the 9th week back; 25 January, the newest of that week, goes too.
    expect(plan.delete).toContain(day('2026-01-21'));
    expect(plan.delete).toContain(day('2026-01-25'));
    expect(plan.keep.find((k) => k.file === day('2026-02-01'))!.rules).toEqual(['weekly']);
  });

  test('of two backups on the same day, beyond the last ten, the later one is kept', () => {
    const history = [...tenWeeks(), backup('2026-03-06T08:00:00.000Z')];
    const plan = planRotation(history, defaults, UTC);
    expect(plan.delete).toContain('2026-03-06T08:00:00.000Z_interval');
    expect(plan.keep.map((k) => k.file)).toContain(day('2026-03-06'));
  });

  test('the last ten are kept whatever their day', () => {
    const sameDay = Array.from({ length: 25 }, (_, i) => backup(new Date(Date.parse('2026-03-18T00:00:00.000Z') + i * 1_800_000).toISOString()));
    const plan = planRotation(sameDay, defaults, UTC);
    expect(plan.keep.map((k) => k.file)).toEqual(sameDay.slice(-10).reverse().map((b) => b.file));
    expect(plan.keep[0]).toEqual({ file: '2026-03-18T12:00:00.000Z_interval', rules: ['newest', 'last', 'daily', 'weekly'] });
  });

  test('idle weeks do not eat the history: days and weeks are counted among those with backups', () => {
    // Fourteen days of work, then a month away, then one backup today.
    const before = Array.from({ length: 14 }, (_, i) => backup(`2026-02-${String(i + 1).padStart(2, '0')}T12:00:00.000Z`));
    const plan = planRotation([...before, backup('2026-03-18T12:00:00.000Z')], { keepLast: 1, keepDaily: 14, keepWeekly: 0 }, UTC);
    expect(plan.keep.map((k) => k.file)).toEqual(['2026-03-18T12:00:00.000Z_interval', ...before.slice(1).reverse().map((b) => b.file)]);
    expect(plan.delete).toEqual(['2026-02-01T12:00:00.000Z_interval']);
  });

  test('a backup taken before deleting documents outlives the ten-minute backups after it', () => {
    const beforeDeleting = backup('2026-03-18T09:00:00.000Z', 'before-deleting-documents');
    const after = Array.from({ length: 30 }, (_, i) => backup(new Date(Date.parse('2026-03-18T09:05:00.000Z') + i * 600_000).toISOString()));
    const plan = planRotation([beforeDeleting, ...after], defaults, UTC);
    expect(plan.keep.find((k) => k.file === beforeDeleting.file)!.rules).toEqual(['last', 'daily', 'weekly']);
    expect(plan.keep.filter((k) => k.file.endsWith('_interval'))).toHaveLength(10);
  });

  test('backups before a destructive operation or a schema upgrade rotate under the same rules, among themselves', () => {
    const reasons: BackupReason[] = ['before-deleting-a-code', 'before-schema-upgrade', 'before-merging-codes', 'before-applying-a-manifest', 'before-deleting-the-project'];
    // Twelve such backups an hour apart today, among ten-minute backups all day.
    const beforeChanges = Array.from({ length: 12 }, (_, i) => backup(`2026-03-18T${String(8 + i).padStart(2, '0')}:00:00.000Z`, reasons[i % reasons.length]!));
    const interval = Array.from({ length: 60 }, (_, i) => backup(new Date(Date.parse('2026-03-18T08:05:00.000Z') + i * 600_000).toISOString()));
    const plan = planRotation([...beforeChanges, ...interval], defaults, UTC);
    // The last ten of their own series are kept, however many ten-minute backups came after them.
    expect(plan.keep.filter((k) => !k.file.endsWith('_interval')).map((k) => k.file)).toEqual(beforeChanges.slice(2).reverse().map((b) => b.file));
    expect(plan.delete.filter((file) => !file.endsWith('_interval'))).toEqual(beforeChanges.slice(0, 2).reverse().map((b) => b.file));
    expect(plan.keep.filter((k) => k.file.endsWith('_interval'))).toHaveLength(10);
  });

  test('the newest backup is never deleted, whatever the preferences', () => {
    const plan = planRotation(tenWeeks(), { keepLast: 0, keepDaily: 0, keepWeekly: 0 }, UTC);
    expect(plan.keep).toEqual([{ file: day('2026-03-18'), rules: ['newest'] }]);
    expect(plan.delete).toHaveLength(69);
    expect(planRotation([], defaults, UTC)).toEqual({ keep: [], delete: [], keptBytes: 0, freedBytes: 0 });
  });

  test('days are the researcher\'s own: 23:30 and 00:30 UTC are one day an hour east of Greenwich', () => {
    const late = backup('2026-03-10T23:30:00.000Z');
    const early = backup('2026-03-11T00:30:00.000Z');
    const rules = { keepLast: 0, keepDaily: 14, keepWeekly: 0 };
    expect(planRotation([late, early], rules, UTC).delete).toEqual([]);
    expect(planRotation([late, early], rules, { utcOffsetMinutes: () => 60 }).delete).toEqual([late.file]);
  });
});
