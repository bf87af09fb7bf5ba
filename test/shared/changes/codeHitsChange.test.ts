import { describe, expect, test } from 'vitest';
import { codeHitsChange } from '../../../shared/changes/codeHitsChange';
import { hitsToCode } from '../../../shared/search/codeHits';

describe('coding search hits', () => {
  test('each hit not yet coded becomes one coding, all in one change; a hit already coded is skipped', () => {
    const text = 'The DA fired prosecutors. Prosecutors left.';
    const existing = [{ id: 'k1', docId: 'd', codeId: 'c', start: 13, end: 24, quote: 'prosecutors', prefix: '', suffix: '', coderId: 'u', createdAt: '2026-01-01T00:00:00.000Z' }];
    const plan = hitsToCode([{ docId: 'd', start: 13, end: 24 }, { docId: 'd', start: 26, end: 37 }], 'c', 'u', existing, () => text);
    expect(plan.skipped.map((s) => s.coveredBy)).toEqual(['k1']);
    let n = 0;
    const change = codeHitsChange(plan.toCode, 'c', 'claim', 'u', { newId: () => `new-${++n}`, now: '2026-03-01T00:00:00.000Z' });
    expect(change.label).toBe('Code “claim” applied to 1 search hit');
    expect(change.changes).toHaveLength(1);
    expect(change.changes[0]).toMatchObject({ table: 'codings', key: 'new-1', before: null, after: { id: 'new-1', docId: 'd', codeId: 'c', start: 26, end: 37, quote: 'Prosecutors', coderId: 'u', createdAt: '2026-03-01T00:00:00.000Z' } });
  });
});
