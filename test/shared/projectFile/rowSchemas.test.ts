// The operations log's row type lives in renderer/db (shared/ may not import it); its schema here
// must accept exactly those rows. Checked by the type checker: this file fails `tsc -p test` when the
// two drift apart. The other tables are checked in shared/projectFile/rowSchemas.ts itself.
import { describe, expect, test } from 'vitest';
import type { OperationRecord } from '../../../renderer/db/operationRecord';
import { operationRow, type OperationRow } from '../../../shared/projectFile/rowSchemas';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const operationsAgree: Same<OperationRecord, OperationRow> = true;

describe('row schemas', () => {
  test('the operations log schema accepts the log\'s rows, and refuses an unknown kind', () => {
    expect(operationsAgree).toBe(true);
    const row: OperationRecord = { id: 'op', at: '2026-03-01T00:00:00.000Z', coderId: 'u', label: 'Code applied', kind: 'change', changes: [{ table: 'codings', key: 'k', before: null, after: { id: 'k' } }], docIds: [], codeIds: [] };
    expect(operationRow.safeParse(row).success).toBe(true);
    expect(operationRow.safeParse({ ...row, kind: 'rewrite' }).success).toBe(false);
  });
});
