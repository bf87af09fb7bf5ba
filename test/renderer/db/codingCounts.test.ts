import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { countDeltas, rebuildCodingCounts, tallyCodings, type CodingCountRow } from '../../../renderer/db/codingCounts';
import { codingCountsByDocument, usageOfCode } from './countQueries';
import { commitChange } from '../../../renderer/db/changes';
import { applyCodeChange } from '../../../shared/changes/codingChanges';
import { liveMinting } from '../../../renderer/db/ids';
import type { CoderFilter } from '../../../renderer/db/coders';
import type { ProjectDatabase } from '../../../renderer/db/projectDatabase';
import type { CodeRecord, CodingRecord, DocumentRecord } from '../../../shared/model';
import { addDefaultCodebook, deleteCode, listCodes, mergeCodes } from '../../../renderer/db/codes';
import { recodeStoredCoding, removeCoding, resizeStoredCoding } from '../../../renderer/db/codings';
import { addImportedDocuments, deleteDocuments } from '../../../renderer/db/documents';
import { undoHistoryFor } from '../../../renderer/db/undoHistory';
import { loadProject } from '../../../renderer/db/loadProject';
import { readProjectTables } from '../../../renderer/db/projectSnapshot';
import { importedDocument } from '../../fixtures/importedDocument';
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

const sorted = (rows: readonly CodingCountRow[]) => [...rows].sort((a, b) => `${a.codeId} ${a.docId} ${a.coderId}`.localeCompare(`${b.codeId} ${b.docId} ${b.coderId}`));

/** The stored counts are exactly the counts of the stored codings. */
async function expectCountsAgree(): Promise<void> {
  expect(sorted(await db.codingCounts.toArray())).toEqual(sorted(tallyCodings(await db.codings.toArray())));
}

beforeEach(async () => {
  db = await freshProject();
});
afterEach(() => db.delete());

describe('counts of codings per code, document and coder', () => {
  beforeEach(async () => {
    // Written in bulk (as a project file or backup is loaded), then counted from the codings.
    await db.codings.bulkAdd([
      coding('d1', 'pledge', 'ana'),
      coding('d1', 'pledge', 'ana'),
      coding('d1', 'claim', 'ben'),
      coding('d2', 'pledge', 'ben'),
      coding('d2', 'pledge', 'cy'),
      coding('d3', 'claim', 'cy'),
    ]);
    await rebuildCodingCounts(db.codingCounts, db.codings);
  });

  test('a code: its codings and the documents they are in, for everyone, one coder (blind mode), all but hidden coders', async () => {
    expect(await usageOfCode(db, 'pledge', null)).toEqual({ codings: 4, documents: 2 });
    expect(await usageOfCode(db, 'pledge', { only: 'ana' })).toEqual({ codings: 2, documents: 1 });
    expect(await usageOfCode(db, 'pledge', { except: ['ana'] })).toEqual({ codings: 2, documents: 1 });
    expect(await usageOfCode(db, 'claim', { except: ['cy'] })).toEqual({ codings: 1, documents: 1 });
    expect(await usageOfCode(db, 'unused', null)).toEqual({ codings: 0, documents: 0 });
  });

  test('agree with the codings themselves under every filter, coders missing from the coders table included', async () => {
    // Dee is in no coders table (her codings came from another project): hidden only when hidden.
    const dee = [coding('d1', 'pledge', 'dee'), coding('d3', 'pledge', 'dee'), coding('d3', 'claim', 'dee')];
    await commitChange(db, { label: 'merged', changes: dee.map((row) => ({ table: 'codings', key: row.id, before: null, after: row })) }, { log: false });
    await expectCountsAgree();
    const rows = await db.codings.toArray();
    const passes = (filter: CoderFilter, coderId: string) => !filter || ('only' in filter ? coderId === filter.only : !filter.except.includes(coderId));
    const filters: CoderFilter[] = [null, { only: 'ben' }, { except: ['cy'] }, { only: 'dee' }, { except: ['dee'] }, { except: ['ana', 'ben', 'cy'] }];
    for (const filter of filters) {
      const shown = rows.filter((c) => passes(filter, c.coderId));
      const byDocument = await codingCountsByDocument(db, filter);
      for (const docId of ['d1', 'd2', 'd3']) expect(byDocument.get(docId) ?? 0).toBe(shown.filter((c) => c.docId === docId).length);
      for (const codeId of ['pledge', 'claim']) {
        const ofCode = shown.filter((c) => c.codeId === codeId);
        expect(await usageOfCode(db, codeId, filter)).toEqual({ codings: ofCode.length, documents: new Set(ofCode.map((c) => c.docId)).size });
      }
    }
    expect(await usageOfCode(db, 'pledge', { except: ['ana'] })).toEqual({ codings: 4, documents: 3 });
  });

  test('a project file loaded in place of the project brings its own counts, and the file holds none', async () => {
    const tables = await readProjectTables(db);
    expect(Object.keys(tables)).not.toContain('codingCounts');
    await loadProject(db, { ...tables, codings: tables.codings.filter((c) => c.docId !== 'd1') }, { replace: true });
    expect(await codingCountsByDocument(db)).toEqual(new Map([['d2', 2], ['d3', 1]]));
    await expectCountsAgree();
  });
});

describe('a change moves the counts by what it does to codings', () => {
  const row = (docId: string, codeId: string, coderId = 'kim') => coding(docId, codeId, coderId);
  test('created +1, deleted -1, moved to another code -1 and +1, resized nothing; a coding touched twice counts once', () => {
    const a = row('d', 'pledge');
    const b = row('d', 'claim');
    const moved = { ...b, codeId: 'pledge' };
    expect(
      sorted(
        countDeltas([
          { table: 'codings', key: a.id, before: null, after: a },
          { table: 'codings', key: b.id, before: b, after: moved },
          { table: 'codings', key: a.id, before: a, after: { ...a, end: 99 } },
        ]),
      ),
    ).toEqual(sorted([{ codeId: 'claim', docId: 'd', coderId: 'kim', count: -1 }, { codeId: 'pledge', docId: 'd', coderId: 'kim', count: 2 }]));
    expect(countDeltas([{ table: 'codings', key: a.id, before: a, after: { ...a, end: 99 } }])).toEqual([]);
    expect(countDeltas([{ table: 'codings', key: a.id, before: null, after: a }, { table: 'codings', key: a.id, before: a, after: null }])).toEqual([]);
  });
});

describe('every write path keeps the counts equal to the codings', () => {
  const KIM = 'coder-kim';
  const LEE = 'coder-lee';
  const TEXT = 'We will build 4,000 homes by 2029. Rents rose 31 percent last year.';
  let docs: DocumentRecord[];
  let codes: Map<string, CodeRecord>;
  beforeEach(async () => {
    docs = await addImportedDocuments(db, [importedDocument('courier', { text: TEXT }), importedDocument('ledger', { text: TEXT })]);
    await addDefaultCodebook(db);
    codes = new Map((await listCodes(db)).map((c) => [c.id, c]));
  });
  const apply = async (docId: string, codeId: string, quote: string, coderId = KIM) => {
    const start = TEXT.indexOf(quote);
    return commitChange(db, applyCodeChange(TEXT, { docId, codeId, start, end: start + quote.length, coderId }, 'code', liveMinting()), { coderId });
  };

  test('applying, recoding, resizing, removing, undo and redo, merging and deleting codes, deleting documents', async () => {
    const history = undoHistoryFor(db);
    try {
      const [first, second, third] = [...codes.keys()] as [string, string, string];
      const [courier, ledger] = docs.map((d) => d.id) as [string, string];
      await apply(courier, first, 'We will build');
      await apply(courier, first, 'Rents rose', LEE);
      await apply(ledger, second, '31 percent');
      await apply(ledger, third, 'last year');
      expect(await usageOfCode(db, first, null)).toEqual({ codings: 2, documents: 1 });
      await expectCountsAgree();

      const [stored] = await db.codings.where('[docId+start]').between([ledger, 0], [ledger, Infinity]).toArray();
      await recodeStoredCoding(db, stored!.id, codes.get(stored!.codeId), codes.get(first)!, KIM);
      expect(await usageOfCode(db, first, null)).toEqual({ codings: 3, documents: 2 });
      await resizeStoredCoding(db, TEXT, stored!.id, 0, 4, 'code', KIM);
      await removeCoding(db, (await db.codings.get(stored!.id))!, 'code', KIM);
      await expectCountsAgree();

      for (let i = 0; i < 3; i++) await history.undo(KIM);
      await expectCountsAgree();
      expect(await usageOfCode(db, second, null)).toEqual({ codings: 1, documents: 1 });
      for (let i = 0; i < 2; i++) await history.redo(KIM);
      await expectCountsAgree();

      await mergeCodes(db, third, first, KIM);
      await expectCountsAgree();
      await deleteCode(db, first, KIM);
      await expectCountsAgree();
      expect(await usageOfCode(db, first, null)).toEqual({ codings: 0, documents: 0 });
      await apply(ledger, second, 'homes');
      await deleteDocuments(db, [ledger], KIM);
      await expectCountsAgree();
      expect(await codingCountsByDocument(db)).toEqual(new Map());
    } finally {
      history.dispose();
    }
  });

  test('removing from a stale copy of a coding: twice (a double click) or after another window recoded it', async () => {
    const history = undoHistoryFor(db);
    try {
      const [first, second] = [...codes.keys()] as [string, string];
      const courier = docs[0]!.id;
      await apply(courier, first, 'We will build');
      await apply(courier, first, 'Rents rose');
      const [kept, twice] = await db.codings.toArray();
      expect(await removeCoding(db, twice!, 'code', KIM)).toBe('done');
      expect(await removeCoding(db, twice!, 'code', KIM)).toBe('gone');
      await expectCountsAgree();
      expect(await usageOfCode(db, first, null)).toEqual({ codings: 1, documents: 1 });

      // Lee recodes it elsewhere; Kim's screen still holds it as the first code.
      await recodeStoredCoding(db, kept!.id, codes.get(first), codes.get(second)!, LEE);
      expect(await removeCoding(db, kept!, 'code', KIM)).toBe('done');
      await expectCountsAgree();
      expect(await usageOfCode(db, second, null)).toEqual({ codings: 0, documents: 0 });
      // The log holds the coding as it was stored: undo brings it back with Lee's code.
      await history.undo(KIM);
      expect((await db.codings.get(kept!.id))!.codeId).toBe(second);
      await expectCountsAgree();
      // One operation per removal that removed something: none for the second click.
      expect((await db.operations.toArray()).filter((op) => op.kind === 'change' && op.label.includes('removed'))).toHaveLength(2);
    } finally {
      history.dispose();
    }
  });
});
