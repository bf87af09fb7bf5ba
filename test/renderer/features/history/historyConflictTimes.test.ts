// A refusal names when the change it ran into was made: the time alone for a change of today, and the
// day too for an older one, in the researcher's zone (a change of another day said "at 14:02" reads
// as this afternoon).
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { OperationRecord } from '../../../../renderer/db/operationRecord';
import { outcomeMessage } from '../../../../renderer/features/history/historyMessages';
import { inTimeZone } from '../../../shared/dates/timeZone';

const entry = { id: 'op1', label: 'Code “pledge” applied', docIds: ['d2'], codeIds: ['k'] };
const names = { documentTitles: new Map<string, string>(), coderNames: new Map([['lee', 'Lee']]) };

function refusalSince(at: Date): string {
  const since: OperationRecord = { id: 'op2', at: at.toISOString(), coderId: 'lee', label: 'Code “pledge” removed', kind: 'change', changes: [], docIds: [], codeIds: [] };
  return outcomeMessage({ status: 'conflict', direction: 'undo', entry, conflict: { reason: 'changed', table: 'codings', key: 'c1', row: undefined, since } }, names);
}

describe('when a refusal says the other change was made, in Los Angeles', () => {
  inTimeZone('America/Los_Angeles');
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 4, 5, 0, 30));
  });
  afterEach(() => vi.useRealTimers());

  const time = (at: Date) => at.toLocaleTimeString(undefined, { timeStyle: 'short' });

  test('a change of today gives its time alone', () => {
    const at = new Date(2026, 4, 5, 0, 10);
    expect(refusalSince(at)).toContain(`(Code “pledge” removed, by Lee at ${time(at)})`);
  });

  test('a change late yesterday, a few minutes before midnight, says yesterday', () => {
    const at = new Date(2026, 4, 4, 23, 50);
    expect(refusalSince(at)).toContain(`(Code “pledge” removed, by Lee at ${time(at)} yesterday)`);
  });

  test('an older change gives its day, as the researcher’s locale writes it', () => {
    const at = new Date(2026, 4, 2, 14, 2);
    expect(refusalSince(at)).toContain(`(Code “pledge” removed, by Lee at ${time(at)} on ${at.toLocaleDateString(undefined, { dateStyle: 'medium' })})`);
  });
});
