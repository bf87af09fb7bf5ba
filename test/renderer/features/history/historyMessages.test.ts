import { describe, expect, test } from 'vitest';
import type { OperationRecord } from '../../../../renderer/db/operationRecord';
import type { HistoryEntry } from '../../../../renderer/db/undoHistory';
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

describe('what a refusal says about another coder’s work under blind mode', () => {
  const since = op({ id: 'op2', coderId: 'lee', label: 'Code “claim” applied' });
  const changed = { status: 'conflict', direction: 'undo', entry, conflict: { reason: 'changed', table: 'codings', key: 'c1', row: { quote: 'Rents rose 31 percent', coderId: 'kim' }, since } } as const;

  test('names the other coder and their change when that coder is shown', () => {
    expect(outcomeMessage(changed, names)).toMatch(/^Cannot undo: Code “pledge” applied\. The coding “Rents rose 31 percent” was changed since \(Code “claim” applied, by Lee at .+\)\. Nothing was changed\.$/u);
  });

  test('leaves out their name, their change and the passage as they left it when that coder is hidden', () => {
    const blind = { ...names, isVisible: (coderId: string) => coderId === 'kim' };
    const message = outcomeMessage(changed, blind);
    expect(message).toMatch(/^Cannot undo: Code “pledge” applied\. The coding was changed since \(by another coder, at .+\)\. Nothing was changed\.$/u);
    expect(message).not.toContain('Lee');
    expect(message).not.toContain('claim');
    expect(message).not.toContain('Rents rose');
  });
});

describe('what a refusal says when other rows depend on what the step would delete', () => {
  const created: HistoryEntry = { id: 'op1', label: 'Code “housing” created', docIds: [], codeIds: ['h'] };
  const coding = (id: string, coderId: string) => ({ table: 'codings' as const, key: id, row: { id, docId: 'd1', codeId: 'h', start: 0, end: 1, quote: 'x', prefix: '', suffix: '', coderId, createdAt: '' } });
  const memo = (id: string, coderId: string) => ({ table: 'memos' as const, key: id, row: { id, targetType: 'coding' as const, targetId: 'c1', body: '', text: 'm', coderId, createdAt: '', updatedAt: '' } });
  const subcode = (id: string, name: string) => ({ table: 'codes' as const, key: id, row: { id, name, color: '#000000', parentId: 'h', order: 0, definition: '', inclusion: '', exclusion: '', example: '', createdAt: '' } });
  const refusal = (table: 'codes' | 'codings' | 'documents', dependents: unknown[], label = created) =>
    ({ status: 'conflict', direction: 'undo', entry: label, conflict: { reason: 'has-dependents', table, key: 'h', row: {}, dependents } }) as Parameters<typeof outcomeMessage>[0];

  test('says who uses the code and that undo is refused so they keep it', () => {
    expect(outcomeMessage(refusal('codes', [coding('c1', 'lee'), coding('c2', 'lee'), coding('c3', 'lee')]), names)).toBe(
      'Cannot undo: Code “housing” created. 3 codings by Lee use this code; undo is refused so that they are not left without their code. Nothing was changed.',
    );
    expect(outcomeMessage(refusal('codes', [subcode('s1', 'rents')]), names)).toBe(
      'Cannot undo: Code “housing” created. The subcode “rents” is under this code; undo is refused so that it is not left without its code. Nothing was changed.',
    );
  });

  test('says whose memo is on the coding or document', () => {
    const applied = { id: 'op1', label: 'Code “claim” applied', docIds: ['d2'], codeIds: ['k'] };
    expect(outcomeMessage(refusal('codings', [memo('m1', 'lee')], applied), names)).toBe(
      'Cannot undo: Code “claim” applied. A memo by Lee is written on this coding; undo is refused so that it is not left without its coding. Nothing was changed.',
    );
    expect(outcomeMessage(refusal('documents', [coding('c1', 'lee'), memo('m1', 'lee')], applied), names)).toBe(
      'Cannot undo: Code “claim” applied. A coding by Lee is in this document; a memo by Lee is written on this document; undo is refused so that they are not left without their document. Nothing was changed.',
    );
  });

  test('counts a hidden coder’s rows without naming them', () => {
    const blind = { ...names, isVisible: (coderId: string) => coderId === 'kim' };
    const withKim = { ...names, coderNames: new Map([...names.coderNames, ['kim', 'Kim']]), isVisible: blind.isVisible };
    expect(outcomeMessage(refusal('codes', [coding('c1', 'kim'), coding('c2', 'lee'), coding('c3', 'lee')]), withKim)).toBe(
      'Cannot undo: Code “housing” created. A coding by Kim uses this code; 2 codings by other coders use this code; undo is refused so that they are not left without their code. Nothing was changed.',
    );
    expect(outcomeMessage(refusal('codes', [coding('c2', 'lee')]), blind)).not.toContain('Lee');
  });
});

describe('what a refusal says when the step would break a rule between rows', () => {
  const removed: HistoryEntry = { id: 'op1', label: 'Coding “pledge” removed', docIds: ['d2'], codeIds: ['k'] };
  const kimCoding = { id: 'c1', docId: 'd2', codeId: 'k', start: 0, end: 26, quote: 'We will build 4,000 homes', prefix: '', suffix: '', coderId: 'kim', createdAt: '' };
  const recoded = op({ id: 'op2', coderId: 'kim', label: 'Code “pledge” applied' });
  const duplicate = {
    status: 'conflict',
    direction: 'undo',
    entry: removed,
    conflict: { reason: 'duplicate', table: 'codings', key: 'c1', row: kimCoding, clash: { ...kimCoding, id: 'c2' }, since: recoded },
  } as const;
  const withKim = { ...names, coderNames: new Map([...names.coderNames, ['kim', 'Kim']]) };

  test('says that the passage would be coded twice with the same code, for whom, and since when', () => {
    expect(outcomeMessage(duplicate, withKim)).toMatch(
      /^Cannot undo: Coding “pledge” removed\. Undoing it would code the same passage with the same code twice for Kim: that passage is coded so already \(Code “pledge” applied, by Kim at .+\)\. Nothing was changed\.$/u,
    );
    expect(outcomeMessage({ ...duplicate, direction: 'redo', conflict: { ...duplicate.conflict, since: undefined } }, withKim)).toBe(
      'Cannot redo: Coding “pledge” removed. Redoing it would code the same passage with the same code twice for Kim: that passage is coded so already. Nothing was changed.',
    );
  });

  test('names neither a hidden coder nor what they did', () => {
    const message = outcomeMessage(duplicate, { ...withKim, isVisible: (coderId: string) => coderId === 'lee' });
    expect(message).toMatch(/^Cannot undo: Coding “pledge” removed\. Undoing it would code the same passage with the same code twice for another coder: that passage is coded so already \(at .+\)\. Nothing was changed\.$/u);
    expect(message).not.toContain('Kim');
    expect(message).not.toContain('applied');
  });

  test('says where a code’s name is taken, and by whom', () => {
    const code = (id: string, name: string, parentId: string | null) => ({ id, name, color: '#000000', parentId, order: 0, definition: '', inclusion: '', exclusion: '', example: '', createdAt: '' });
    const deleted: HistoryEntry = { id: 'op1', label: 'Code “claim” deleted', docIds: [], codeIds: ['k'] };
    const since = op({ id: 'op2', coderId: 'lee', label: 'Code “Claim” created' });
    const taken = (parentId: string | null) =>
      ({ status: 'conflict', direction: 'undo', entry: deleted, conflict: { reason: 'name-taken', table: 'codes', key: 'k', row: code('k', 'claim', parentId), clash: code('k2', 'Claim', parentId), since } }) as const;
    expect(outcomeMessage(taken(null), names)).toMatch(
      /^Cannot undo: Code “claim” deleted\. Undoing it would make two codes named “claim” at the top level: “Claim” is there already \(Code “Claim” created, by Lee at .+\)\. Nothing was changed\.$/u,
    );
    expect(outcomeMessage(taken('f'), { ...names, codeNames: new Map([['f', 'framing']]) })).toMatch(/would make two codes named “claim” under “framing”: “Claim” is there already/u);
  });
});
