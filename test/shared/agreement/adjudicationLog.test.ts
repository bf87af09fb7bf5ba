// Adjudication progress as the operations log tells it: a decision stands until undone, comes back
// when redone, and a later decision on the same disagreement replaces an earlier one until undone.
import { describe, expect, test } from 'vitest';
import { standingDecisions, type LoggedStep } from '../../../shared/agreement/adjudicationLog';

const at = (minute: number) => `2026-03-01T10:${String(minute).padStart(2, '0')}:00.000Z`;
const decide = (id: string, minute: number, disagreementId: string, words: string): LoggedStep => ({ id, at: at(minute), kind: 'change', adjudication: { disagreementId, words } });
const undo = (id: string, minute: number, reverses: string): LoggedStep => ({ id, at: at(minute), kind: 'undo', reverses });
const redo = (id: string, minute: number, reverses: string): LoggedStep => ({ id, at: at(minute), kind: 'redo', reverses });
const words = (steps: LoggedStep[]) => Object.fromEntries([...standingDecisions(steps)].map(([id, a]) => [id, a.words]));

describe('adjudication progress from the operations log', () => {
  test('decisions stand; other operations are no decisions', () => {
    expect(words([decide('o1', 1, 'd1', 'A’s coding kept'), { id: 'o2', at: at(2), kind: 'change' }, decide('o3', 3, 'd2', 'no coding kept')])).toEqual({ d1: 'A’s coding kept', d2: 'no coding kept' });
  });

  test('an undone decision no longer stands; redone, it stands again; undoing the redo takes it back', () => {
    const steps = [decide('o1', 1, 'd1', 'no coding kept'), undo('u1', 2, 'o1')];
    expect(words(steps)).toEqual({});
    expect(words([...steps, redo('r1', 3, 'o1')])).toEqual({ d1: 'no coding kept' });
    expect(words([...steps, redo('r1', 3, 'o1'), undo('u2', 4, 'r1')])).toEqual({});
  });

  test('settling again replaces the decision; undoing that brings the earlier one back', () => {
    const steps = [decide('o1', 1, 'd1', 'A’s coding kept'), decide('o2', 2, 'd1', 'B’s coding kept')];
    expect(words(steps)).toEqual({ d1: 'B’s coding kept' });
    expect(words([...steps, undo('u2', 3, 'o2')])).toEqual({ d1: 'A’s coding kept' });
  });

  test('reads undo and redo by what they reverse, in any order and within one millisecond', () => {
    expect(words([undo('u1', 2, 'o1'), decide('o1', 1, 'd1', 'A’s coding kept')])).toEqual({});
    expect(words([redo('r1', 1, 'o1'), undo('u1', 1, 'o1'), decide('o1', 1, 'd1', 'A’s coding kept')])).toEqual({ d1: 'A’s coding kept' });
    expect(words([undo('u2', 1, 'r1'), redo('r1', 1, 'o1'), undo('u1', 1, 'o1'), decide('o1', 1, 'd1', 'A’s coding kept')])).toEqual({});
  });
});
