import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { codingCountOfDocument, usageOfCode } from '../../../renderer/db/codingCounts';
import { codeUsage } from '../../../renderer/db/codes';
import { codingCountsByDocument } from '../../../renderer/db/documents';
import type { ProjectDatabase } from '../../../renderer/db/projectDatabase';
import type { CodingRecord } from '../../../shared/model';
import { freshProject } from './projectDb';

let db: ProjectDatabase;
let n = 0;
const coding = (docId: string, codeId: string, coderId: string): CodingRecord => ({
  id: `k${++n}`,
  docId,
  codeId,
  start: n,
  end: n + 5,
  quote: 'quote',
  prefix: '',
  suffix: '',
  coderId,
  createdAt: '2026-01-01T00:00:00.000Z',
});

beforeEach(async () => {
  db = await freshProject();
  await db.coders.bulkAdd([
    { id: 'ana', name: 'Ana', color: '#000000' },
    { id: 'ben', name: 'Ben', color: '#000000' },
    { id: 'cy', name: 'Cy', color: '#000000' },
  ]);
  await db.codings.bulkAdd([
    coding('d1', 'pledge', 'ana'),
    coding('d1', 'pledge', 'ana'),
    coding('d1', 'claim', 'ben'),
    coding('d2', 'pledge', 'ben'),
    coding('d2', 'pledge', 'cy'),
    coding('d3', 'claim', 'cy'),
  ]);
});
afterEach(() => db.delete());

describe('counts for one document or one code, by index', () => {
  test('codings of a document: everyone, one coder (blind mode), all but hidden coders', async () => {
    expect(await codingCountOfDocument(db, 'd1', null)).toBe(3);
    expect(await codingCountOfDocument(db, 'd1', { only: 'ana' })).toBe(2);
    expect(await codingCountOfDocument(db, 'd1', { except: ['ana'] })).toBe(1);
    expect(await codingCountOfDocument(db, 'd2', { except: ['ben', 'cy'] })).toBe(0);
    expect(await codingCountOfDocument(db, 'nothing', null)).toBe(0);
  });

  test('a code: its codings and the documents they are in, with the same filters', async () => {
    expect(await usageOfCode(db, 'pledge', null)).toEqual({ codings: 4, documents: 2 });
    expect(await usageOfCode(db, 'pledge', { only: 'ana' })).toEqual({ codings: 2, documents: 1 });
    expect(await usageOfCode(db, 'pledge', { except: ['ana'] })).toEqual({ codings: 2, documents: 1 });
    expect(await usageOfCode(db, 'claim', { except: ['cy'] })).toEqual({ codings: 1, documents: 1 });
    expect(await usageOfCode(db, 'unused', null)).toEqual({ codings: 0, documents: 0 });
  });

  test('agree with the whole-project counts the Library table sorts by', async () => {
    for (const filter of [null, { only: 'ben' }, { except: ['cy'] }] as const) {
      const byDocument = await codingCountsByDocument(db, filter);
      for (const docId of ['d1', 'd2', 'd3']) expect(await codingCountOfDocument(db, docId, filter)).toBe(byDocument.get(docId) ?? 0);
      const byCode = await codeUsage(db, filter);
      for (const codeId of ['pledge', 'claim']) expect(await usageOfCode(db, codeId, filter)).toEqual(byCode.get(codeId) ?? { codings: 0, documents: 0 });
    }
  });
});
