import { describe, expect, test } from 'vitest';
import type { OperationRecord } from '../../../../renderer/db/operationRecord';
import { outcomeMessage } from '../../../../renderer/features/history/historyMessages';

const op = (over: Partial<OperationRecord>): OperationRecord => ({
  id: 'op',
  at: '2026-05-03T14:02:00.000Z',
  coderId: 'kim',
  label: 'Code “pledge” applied',
  kind: 'change',
  changes: [],
  docIds: [],
  codeIds: [],
  ...over,
});
const entry = { id: 'op1', label: 'Code “pledge” applied', docIds: ['d2'], codeIds: ['k'] };
const names = { documentTitles: new Map([['d2', 'Ledger, 3 May']]), coderNames: new Map([['lee', 'Lee']]) };

describe('what undo and redo say', () => {
  test('names the document the step touched, which may not be the open one', () => {
    expect(outcomeMessage({ status: 'done', direction: 'undo', entry, operation: op({ kind: 'undo', docIds: ['d2'] }) }, names)).toBe(
      'Undone: Code “pledge” applied in “Ledger, 3 May”.',
    );
    expect(outcomeMessage({ status: 'done', direction: 'redo', entry, operation: op({ kind: 'redo', docIds: ['d1', 'd2'] }) }, names)).toBe(
      'Redone: Code “pledge” applied in 2 documents.',
    );
    expect(outcomeMessage({ status: 'nothing', direction: 'redo' }, names)).toBe('Nothing to redo.');
  });

  test('a refusal says what changed since, who changed it, and that nothing was changed', () => {
    const since = op({ id: 'op2', coderId: 'lee', label: 'Code “pledge” removed' });
    const message = outcomeMessage(
      { status: 'conflict', direction: 'undo', entry, conflict: { reason: 'changed', table: 'codings', key: 'c1', row: undefined, since } },
      names,
    );
    expect(message).toMatch(/^Cannot undo: Code “pledge” applied\. The coding was removed since \(Code “pledge” removed, by Lee at .+\)\. Nothing was changed\.$/u);
    const gone = outcomeMessage(
      { status: 'conflict', direction: 'redo', entry, conflict: { reason: 'target-gone', table: 'codings', key: 'c1', row: { quote: 'x' } } },
      names,
    );
    expect(gone).toBe('Cannot redo: Code “pledge” applied. The document or code of the coding has been deleted since. Nothing was changed.');
  });
});
