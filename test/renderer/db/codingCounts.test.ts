import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { codingCountOfDocument, codingCountsByDocument, usageOfCode } from '../../../renderer/db/codingCounts';
import { commitChange } from '../../../renderer/db/changes';
import { applyCodeChange } from '../../../shared/changes/codingChanges';
import { liveMinting } from '../../../renderer/db/ids';
import type { CoderFilter } from '../../../renderer/db/coders';
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

  test('agree with the whole-project counts the Library table sorts by, and with the codings themselves', async () => {
    // Dee is in no coders table (her codings came from another project): hidden only when hidden.
    await db.codings.bulkAdd([coding('d1', 'pledge', 'dee'), coding('d3', 'pledge', 'dee'), coding('d3', 'claim', 'dee')]);
    const rows = await db.codings.toArray();
    const passes = (filter: CoderFilter, coderId: string) => !filter || ('only' in filter ? coderId === filter.only : !filter.except.includes(coderId));
    const filters: CoderFilter[] = [null, { only: 'ben' }, { except: ['cy'] }, { only: 'dee' }, { except: ['dee'] }, { except: ['ana', 'ben', 'cy'] }];
    for (const filter of filters) {
      const shown = rows.filter((c) => passes(filter, c.coderId));
      const byDocument = await codingCountsByDocument(db, filter);
      for (const docId of ['d1', 'd2', 'd3']) {
        const expected = shown.filter((c) => c.docId === docId).length;
        expect(await codingCountOfDocument(db, docId, filter)).toBe(expected);
        expect(byDocument.get(docId) ?? 0).toBe(expected);
      }
      for (const codeId of ['pledge', 'claim']) {
        const ofCode = shown.filter((c) => c.codeId === codeId);
        expect(await usageOfCode(db, codeId, filter)).toEqual({ codings: ofCode.length, documents: new Set(ofCode.map((c) => c.docId)).size });
      }
    }
    // Hiding Ana leaves Ben's, Cy's and Dee's pledges: Dee's are not dropped for want of a coders row.
    expect(await usageOfCode(db, 'pledge', { except: ['ana'] })).toEqual({ codings: 4, documents: 3 });
    expect(await codingCountOfDocument(db, 'd3', { except: ['cy'] })).toBe(2);
  });
});

// Codings applied as the coding screen applies them (through the operations log), counted as the code
// tree counts them, one code at a time.
describe('a code’s usage as the code tree shows it', () => {
  const KIM = 'coder-kim';
  const LEE = 'coder-lee';
  const TEXT = 'We will build 4,000 homes by 2029. Rents rose 31 percent last year.';
  async function code(codeId: string, quote: string, docId: string, coderId = KIM): Promise<void> {
    const start = TEXT.indexOf(quote);
    await commitChange(db, applyCodeChange(TEXT, { docId, codeId, start, end: start + quote.length, coderId }, codeId, liveMinting()), { coderId });
  }

  test('counts codings and documents per code', async () => {
    await db.codings.clear();
    await code('claim', 'Rents rose 31 percent', 'courier');
    await code('claim', 'Rents rose 31 percent', 'ledger');
    await code('claim', 'We will build', 'ledger');
    await code('metric', '31 percent', 'courier');
    expect(await usageOfCode(db, 'claim', null)).toEqual({ codings: 3, documents: 2 });
    expect(await usageOfCode(db, 'metric', null)).toEqual({ codings: 1, documents: 1 });
    expect(await usageOfCode(db, 'pledge', null)).toEqual({ codings: 0, documents: 0 });
  });

  test('in blind mode the counts are of the current coder’s codings only, as the screen shows them', async () => {
    await db.codings.clear();
    await code('claim', 'Rents rose 31 percent', 'courier', KIM);
    await code('claim', 'Rents rose 31 percent', 'ledger', LEE);
    await code('claim', 'We will build', 'ledger', LEE);
    expect(await usageOfCode(db, 'claim', { only: KIM })).toEqual({ codings: 1, documents: 1 });
    expect(await usageOfCode(db, 'claim', { except: [KIM] })).toEqual({ codings: 2, documents: 1 });
    expect(await usageOfCode(db, 'claim', null)).toEqual({ codings: 3, documents: 2 });
  });
});
