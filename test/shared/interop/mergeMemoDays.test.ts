// The merge report says on which day each side last edited a memo as the researcher's calendar has
// it: an edit at 17:00 on 12 January in Los Angeles is 01:00 on 13 January in UTC, and was made on
// the 12th.
import { describe, expect, it } from 'vitest';
import { planMerge } from '../../../shared/interop/mergePlan';
import type { ProjectRows } from '../../../shared/interop/projectRows';
import type { MemoRecord } from '../../../shared/model';
import { inTimeZone } from '../dates/timeZone';
import { MEMOS, PROJECT_ID, roundTripProject } from './refiFixtures';

const DOC_MEMO = MEMOS.find((m) => m.targetType === 'document')!;

function withMemo(rows: ProjectRows, memo: MemoRecord): ProjectRows {
  return { ...rows, memos: rows.memos.map((m) => (m.id === memo.id ? memo : m)) };
}

describe('the days a merge report gives for a memo’s edits, in Los Angeles', () => {
  inTimeZone('America/Los_Angeles');

  it('is the local day of an evening edit, not the UTC day after', () => {
    const eveningEdit = new Date(2026, 0, 12, 17, 0).toISOString();
    expect(eveningEdit).toBe('2026-01-13T01:00:00.000Z');
    const project = withMemo(roundTripProject(), { ...DOC_MEMO, text: 'Rewritten here.', updatedAt: eveningEdit });
    const plan = planMerge(project, withMemo(roundTripProject(), { ...DOC_MEMO, text: 'Older words.' }), { projectId: PROJECT_ID });
    expect(plan.conflicts.map((c) => c.detail)).toEqual([expect.stringContaining(', 2026-01-12 here; the project’s is kept, as it is newer')]);
  });
});
