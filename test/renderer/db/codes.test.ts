import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { CodeRecord, DocumentRecord } from '../../../shared/model';
import { parseCodebookCsv } from '../../../shared/codebook/codebookCsv';
import { plainTextToMemoBody } from '../../../shared/text/memoBody';
import { inverseOf } from '../../../shared/changes/change';
import { applyCodeChange, createAndApplyChange } from '../../../shared/changes/codingChanges';
import { commitChange } from '../../../renderer/db/changes';
import { saveQueryChange } from '../../../shared/changes/savedQueryChanges';
import { EMPTY_RETRIEVE_QUERY } from '../../../shared/retrieve/retrieveQuery';
import { liveMinting } from '../../../renderer/db/ids';
import {
  addDefaultCodebook,
  createCode,
  deleteCode,
  deletionCounts,
  importCodebook,
  listCodes,
  mergeCodes,
  moveCodeBy,
} from '../../../renderer/db/codes';
import { addImportedDocuments } from '../../../renderer/db/documents';
import type { ProjectDatabase } from '../../../renderer/db/projectDatabase';
import { freshProject } from './projectDb';
import { importedDocument } from '../../fixtures/importedDocument';

const KIM = 'coder-kim';
const LEE = 'coder-lee';
const TEXT = 'We will build 4,000 homes by 2029. Rents rose 31 percent last year.';

let db: ProjectDatabase;
let docs: DocumentRecord[];
let codes: Map<string, CodeRecord>;

beforeEach(async () => {
  db = await freshProject();
  docs = await addImportedDocuments(db, [importedDocument('courier', { text: TEXT }), importedDocument('ledger', { text: TEXT })]);
  await addDefaultCodebook(db);
  codes = new Map((await listCodes(db)).map((c) => [c.name, c]));
});
afterEach(() => db.delete());

async function code(name: string, quote: string, docIndex = 0, coderId = KIM): Promise<void> {
  const start = TEXT.indexOf(quote);
  const codeId = codes.get(name)!.id;
  await commitChange(db, applyCodeChange(TEXT, { docId: docs[docIndex]!.id, codeId, start, end: start + quote.length, coderId }, name, liveMinting()), { coderId });
}

async function snapshot() {
  const sort = <T extends { id: string }>(rows: T[]) => rows.sort((a, b) => a.id.localeCompare(b.id));
  return { codes: sort(await db.codes.toArray()), codings: sort(await db.codings.toArray()), memos: sort(await db.memos.toArray()) };
}

/** What undo does: commit the inverse, refusing if any row is not what the operation left. */
async function undoLast(): Promise<void> {
  const last = (await db.operations.orderBy('at').toArray()).at(-1)!;
  await commitChange(db, inverseOf(last), { coderId: KIM, kind: 'undo', reverses: last.id, expectCurrent: true });
}

describe('the codebook in the project database', () => {
  test('codes come back in tree order, the order keys 1 to 9 follow', async () => {
    const economy = await createCode(db, { name: 'economy', parentId: codes.get('claim')!.id }, KIM);
    await createCode(db, { name: 'agenda', parentId: null, index: 0 }, KIM);
    expect((await listCodes(db)).map((c) => c.name)).toEqual(['agenda', 'pledge', 'claim', 'economy', 'criticism', 'metric']);
    expect(economy.parentId).toBe(codes.get('claim')!.id);
  });

  test('delete then undo restores the code, its subcode, their codings and memos exactly', async () => {
    const sub = await createCode(db, { name: 'housing', parentId: codes.get('pledge')!.id }, KIM);
    codes.set('housing', sub);
    await code('pledge', 'We will build 4,000 homes', 0);
    await code('housing', '4,000 homes', 1, LEE);
    await code('claim', 'Rents rose', 0);
    const [coding] = await db.codings.where('codeId').equals(sub.id).toArray();
    const at = '2026-01-01T00:00:00.000Z';
    await commitChange(
      db,
      {
        label: 'memo',
        changes: [
          { table: 'memos', key: 'm1', before: null, after: { id: 'm1', targetType: 'coding', targetId: coding!.id, body: plainTextToMemoBody('on homes'), text: 'on homes', coderId: LEE, createdAt: at, updatedAt: at } },
          { table: 'memos', key: 'm2', before: null, after: { id: 'm2', targetType: 'code', targetId: codes.get('pledge')!.id, body: plainTextToMemoBody('pledges'), text: 'pledges', coderId: KIM, createdAt: at, updatedAt: at } },
        ],
      },
      { coderId: KIM },
    );
    const before = await snapshot();
    expect(await deletionCounts(db, codes.get('pledge')!.id)).toEqual({ codes: 2, codings: 2, documents: 2 });

    await deleteCode(db, codes.get('pledge')!.id, KIM);
    const deleted = await snapshot();
    expect(deleted.codes.map((c) => c.name).sort()).toEqual(['claim', 'criticism', 'metric']);
    expect(deleted.codings.map((c) => c.quote)).toEqual(['Rents rose']);
    expect(deleted.memos).toEqual([]);
    const operation = (await db.operations.orderBy('at').toArray()).at(-1)!;
    expect(operation.label).toBe('Code “pledge” and 1 subcode deleted');

    await undoLast();
    expect(await snapshot()).toEqual(before);
  });

  test('merge collapses duplicates in the database, and undo brings both codes back', async () => {
    await code('claim', 'Rents rose 31 percent', 0);
    await code('metric', 'Rents rose 31 percent', 0); // the same passage: collapses
    await code('metric', 'Rents rose 31 percent', 0, LEE); // another coder's: moves
    await code('metric', '4,000 homes', 1);
    const before = await snapshot();
    const result = await mergeCodes(db, codes.get('metric')!.id, codes.get('claim')!.id, KIM);
    expect(result).toMatchObject({ moved: 2, collapsed: 1 });
    const codings = await db.codings.toArray();
    expect(codings).toHaveLength(3);
    expect(new Set(codings.map((c) => c.codeId))).toEqual(new Set([codes.get('claim')!.id]));
    expect((await listCodes(db)).map((c) => c.name)).toEqual(['pledge', 'claim', 'criticism']);
    await undoLast();
    expect(await snapshot()).toEqual(before);
  });

  test('a merge makes the saved queries that named the merged code name the code it became; undo takes that back too', async () => {
    const [metric, claim, pledge] = ['metric', 'claim', 'pledge'].map((name) => codes.get(name)!.id);
    const query = { ...EMPTY_RETRIEVE_QUERY, codeIds: [metric!, claim!], excludeCodeIds: [metric!], near: { codeIds: [pledge!, metric!], paragraphs: 1 } };
    await commitChange(db, saveQueryChange('Figures', query, [], liveMinting()), { coderId: KIM });
    await commitChange(db, saveQueryChange('Pledges', { ...EMPTY_RETRIEVE_QUERY, codeIds: [pledge!] }, await db.savedQueries.toArray(), liveMinting()), { coderId: KIM });
    const before = await db.savedQueries.toArray();
    await mergeCodes(db, metric!, claim!, KIM);
    const byName = new Map((await db.savedQueries.toArray()).map((saved) => [saved.name, saved.query]));
    // Named once, where it stood: the target was already there.
    expect(byName.get('Figures')).toMatchObject({ codeIds: [claim], excludeCodeIds: [claim], near: { codeIds: [pledge, claim], paragraphs: 1 } });
    expect(byName.get('Pledges')).toEqual(before.find((saved) => saved.name === 'Pledges')!.query);
    await undoLast();
    expect(await db.savedQueries.toArray()).toEqual(before);
  });

  test('quick keyboard moves each start from where the previous one left the code', async () => {
    const metric = codes.get('metric')!.id;
    await Promise.all([moveCodeBy(db, metric, 'up', KIM), moveCodeBy(db, metric, 'up', KIM), moveCodeBy(db, metric, 'up', KIM)]);
    expect((await listCodes(db)).map((c) => c.name)).toEqual(['metric', 'pledge', 'claim', 'criticism']);
    expect(await moveCodeBy(db, metric, 'up', KIM)).toBeNull();
    await moveCodeBy(db, codes.get('claim')!.id, 'in', KIM);
    expect((await db.codes.get(codes.get('claim')!.id))!.parentId).toBe(codes.get('pledge')!.id);
  });

  test('a codebook import is one operation, and undo takes all of it back', async () => {
    const before = await snapshot();
    const file = parseCodebookCsv('name,parent_path,definition\nframing,,How\neconomy,framing,Money\nclaim,,A checkable assertion\n');
    const plan = await importCodebook(db, file, 'codebook.csv', KIM);
    expect(plan).toMatchObject({ created: 2, updated: 1, problems: [] });
    expect((await listCodes(db)).map((c) => c.name)).toEqual(['pledge', 'claim', 'criticism', 'metric', 'framing', 'economy']);
    expect(await db.operations.count()).toBe(1);
    await undoLast();
    expect(await snapshot()).toEqual(before);
  });

  test('creating a code and applying it is one operation; undo removes both', async () => {
    const before = await snapshot();
    const { change, code: created } = createAndApplyChange(
      await db.codes.toArray(),
      TEXT,
      { name: 'housing', parentId: null },
      { docId: docs[0]!.id, start: 14, end: 25, coderId: KIM },
      'Code “housing” created and applied',
      liveMinting(),
    );
    await commitChange(db, change, { coderId: KIM });
    expect((await db.codings.toArray()).map((c) => [c.codeId, c.quote])).toEqual([[created.id, '4,000 homes']]);
    await undoLast();
    expect(await snapshot()).toEqual(before);
  });
});
