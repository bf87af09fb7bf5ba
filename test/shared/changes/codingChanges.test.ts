import { describe, expect, test } from 'vitest';
import { applyCodeChange, createAndApplyChange, resizeCodingChange } from '../../../shared/changes/codingChanges';
import type { CodingRecord } from '../../../shared/model';
import { joinChanges, inverseOf } from '../../../shared/changes/change';
import { code, counter } from '../codebook/fixtures';

const text = 'We will build 4,000 homes by 2029.';
const passage = { docId: 'd1', codeId: 'pledge', start: 0, end: 25, coderId: 'k1' };

describe('coding changes built from the ids and the clock they are given', () => {
  test('a new coding takes the minted id and time, its quote and context from the text', () => {
    const change = applyCodeChange(text, passage, 'pledge', counter('coding'));
    expect(change).toEqual({
      label: 'Code “pledge” applied',
      changes: [
        {
          table: 'codings',
          key: 'coding1',
          before: null,
          after: { id: 'coding1', ...passage, quote: 'We will build 4,000 homes', prefix: '', suffix: ' by 2029.', createdAt: '2026-02-01T00:00:00.000Z' },
        },
      ],
    });
  });

  test('a coding from a project file or a REFI-QDA GUID keeps its id and time', () => {
    const change = applyCodeChange(text, { ...passage, id: 'guid-7', createdAt: '2020-05-01T10:00:00.000Z' }, 'pledge', counter());
    expect(change.changes[0]!.after).toMatchObject({ id: 'guid-7', createdAt: '2020-05-01T10:00:00.000Z' });
  });

  test('a coding keeps whether blind mode was on when it was made, through moving its ends', () => {
    const blind = applyCodeChange(text, { ...passage, blind: true }, 'pledge', counter()).changes[0]!.after as CodingRecord;
    expect(blind.blind).toBe(true);
    expect(resizeCodingChange(text, blind, 0, 7, 'pledge').changes[0]!.after).toMatchObject({ blind: true, quote: 'We will' });
    expect(applyCodeChange(text, { ...passage, blind: false }, 'pledge', counter()).changes[0]!.after).toMatchObject({ blind: false });
    expect(applyCodeChange(text, passage, 'pledge', counter()).changes[0]!.after).not.toHaveProperty('blind');
  });

  test('creating a code and applying it is one change, the code before the coding that points to it', () => {
    const { change, code: created } = createAndApplyChange([code('c', 'claim', null, 0)], text, { name: 'housing', parentId: null }, passage, 'Created and applied', counter());
    expect(change.changes.map((c) => [c.table, c.key])).toEqual([
      ['codes', created.id],
      ['codings', 'new2'],
    ]);
    expect(change.changes[1]!.after).toMatchObject({ codeId: created.id });
  });

  test('changes join into one, and an inverse takes the rows back last first', () => {
    const minting = counter();
    const joined = joinChanges('Two codings', [applyCodeChange(text, passage, 'pledge', minting), applyCodeChange(text, { ...passage, start: 26, end: 33 }, 'pledge', minting)]);
    expect(joined.changes.map((c) => c.key)).toEqual(['new1', 'new2']);
    expect(inverseOf(joined).changes.map((c) => [c.key, c.before === null, c.after === null])).toEqual([
      ['new2', false, true],
      ['new1', false, true],
    ]);
  });
});
