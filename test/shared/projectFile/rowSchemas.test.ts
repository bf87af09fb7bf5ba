// The operations log's row type lives in renderer/db (shared/ may not import it); its schema here
// must accept every such row, with the same fields. Checked by the type checker: this file fails
// `tsc -p test` when the two drift apart. The schema reads a logged row's before and after as they
// are (an old entry may hold a row of an older shape: the log is history), so it accepts more than
// today's typed changes. The other tables are checked in shared/projectFile/rowSchemas.ts itself.
import { describe, expect, test } from 'vitest';
import type { OperationRecord } from '../../../renderer/db/operationRecord';
import { codingRow, operationRow, type OperationRow } from '../../../shared/projectFile/rowSchemas';

type Accepts<Schema, Row> = [Row] extends [Schema] ? (keyof Schema extends keyof Row ? (keyof Row extends keyof Schema ? true : false) : false) : false;
const operationsAgree: Accepts<OperationRow, OperationRecord> = true;

describe('row schemas', () => {
  test('the operations log schema accepts the log\'s rows, and refuses an unknown kind', () => {
    expect(operationsAgree).toBe(true);
    const row: OperationRecord = { id: 'op', at: '2026-03-01T00:00:00.000Z', coderId: 'u', label: 'Code applied', kind: 'change', changes: [{ table: 'codings', key: 'k', before: null, after: { id: 'k', docId: 'd', codeId: 'c', start: 0, end: 4, quote: 'Text', prefix: '', suffix: ' of a.', coderId: 'u', createdAt: '2026-03-01T00:00:00.000Z' } }], docIds: [], codeIds: [] };
    expect(operationRow.safeParse(row).success).toBe(true);
    expect(operationRow.safeParse({ ...row, kind: 'rewrite' }).success).toBe(false);
  });

  test('a coding row in a project file may say whether it was made in blind mode, as true or false only', () => {
    const coding = { id: 'k', docId: 'd', codeId: 'c', start: 0, end: 4, quote: 'Text', prefix: '', suffix: '', coderId: 'u', createdAt: '2026-03-01T00:00:00.000Z' };
    expect(codingRow.safeParse(coding).success).toBe(true);
    expect(codingRow.safeParse({ ...coding, blind: true }).data).toMatchObject({ blind: true });
    expect(codingRow.safeParse({ ...coding, blind: 'yes' }).success).toBe(false);
  });
});
