import { describe, expect, test } from 'vitest';
import type { CodingRecord, MemoRecord } from '../../../../shared/model';
import { codingMemoTexts } from '../../../../renderer/features/export/codingMemoText';

const coding = (id: string, coderId: string): CodingRecord => ({
  id,
  docId: 'd',
  codeId: 'k',
  start: 0,
  end: 4,
  quote: 'text',
  prefix: '',
  suffix: '',
  coderId,
  createdAt: '2026-01-01T00:00:00.000Z',
});
const memo = (targetId: string, coderId: string, text: string, createdAt: string): MemoRecord => ({
  id: `${targetId}-${coderId}`,
  targetType: 'coding',
  targetId,
  body: '',
  text,
  coderId,
  createdAt,
  updatedAt: createdAt,
});
const names = new Map([
  ['kim', 'Kim'],
  ['lee', 'Lee'],
]);

describe('the memo column of the coded-segments CSV', () => {
  test('one memo is given as it is', () => {
    const texts = codingMemoTexts([coding('c1', 'kim')], [memo('c1', 'kim', ' A dated promise. ', '2026-01-02T00:00:00.000Z')], names);
    expect(texts.get('c1')).toBe('A dated promise.');
  });

  test('several coders’ memos on one coding are joined, the coding’s own coder first, each named', () => {
    const texts = codingMemoTexts(
      [coding('c1', 'lee')],
      [memo('c1', 'kim', 'Kim: vague.', '2026-01-02T00:00:00.000Z'), memo('c1', 'lee', 'Lee: concrete.', '2026-01-03T00:00:00.000Z')],
      names,
    );
    expect(texts.get('c1')).toBe('[Lee] Lee: concrete.\n\n[Kim] Kim: vague.');
  });

  test('codings without memos, and blank memos, leave the column empty', () => {
    const texts = codingMemoTexts([coding('c1', 'kim'), coding('c2', 'kim')], [memo('c2', 'kim', '   ', '2026-01-02T00:00:00.000Z')], names);
    expect(texts.size).toBe(0);
  });
});
