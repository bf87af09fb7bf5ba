// Editing documents' fields and attributes, deleting documents with what hangs on them, and sets:
// each edit is one operation in the log that undo can take back.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { inverseOf } from '../../../shared/changes/change';
import { editDocumentsChange, withAttributes } from '../../../shared/changes/documentChanges';
import { newAttributeChange } from '../../../shared/changes/attributeChanges';
import { addToSetChange, createSetChange, deleteSetChange, removeFromSetChange } from '../../../shared/changes/setChanges';
import { applyCodeChange } from '../../../shared/changes/codingChanges';
import { addImportedDocuments, deleteDocuments, deletionImpact, editDocuments, listDocuments } from '../../../renderer/db/documents';
import { attributeNameProblem } from '../../../renderer/db/attributes';
import { listDocumentSets, setNameProblem } from '../../../renderer/db/documentSets';
import { commitChange } from '../../../renderer/db/changes';
import { liveMinting } from '../../../renderer/db/ids';
import { operationsOfCode, operationsOfDocument } from '../../../renderer/db/auditTrail';
import { undoHistoryFor } from '../../../renderer/db/undoHistory';
import type { ProjectDatabase } from '../../../renderer/db/projectDatabase';
import { freshProject } from './projectDb';
import { importedDocument } from '../../fixtures/importedDocument';

const coder = { coderId: 'coder-1' };
let db: ProjectDatabase;
beforeEach(async () => {
  db = await freshProject();
});
afterEach(() => db.delete());

describe('editing documents', () => {
  test('a bulk attribute edit is one operation naming every document it changed, and undo restores them', async () => {
    await addImportedDocuments(db, [importedDocument('a', { attributes: { leaning: 'left' } }), importedDocument('b', { attributes: { leaning: 'right' } }), importedDocument('c', { attributes: { leaning: 'left' } })]);
    const docs = await listDocuments(db);
    const change = editDocumentsChange('Leaning set', docs, (doc) => withAttributes(doc, { leaning: 'left' }));
    expect(change.changes).toHaveLength(1); // a and c already say "left"
    const operation = await commitChange(db, change, coder);
    expect(operation.docIds).toEqual([docs[1]!.id]);
    expect((await listDocuments(db)).map((d) => d.attributes.leaning)).toEqual(['left', 'left', 'left']);

    await commitChange(db, inverseOf(operation), { ...coder, kind: 'undo', reverses: operation.id });
    expect((await listDocuments(db)).map((d) => d.attributes.leaning)).toEqual(['left', 'right', 'left']);
  });

  test('clearing an attribute removes it from the document; the other attributes stay', async () => {
    await addImportedDocuments(db, [importedDocument('a', { attributes: { leaning: 'left', year: '2017' } })]);
    const [doc] = await listDocuments(db);
    await commitChange(db, editDocumentsChange('Cleared', [doc!], (d) => withAttributes(d, { leaning: null })), coder);
    expect((await listDocuments(db))[0]!.attributes).toEqual({ year: 2017 });
  });

  test('a new attribute is declared with its type in an undoable change; its name must be free', async () => {
    const definitions = await db.attributeDefinitions.toArray();
    expect(attributeNameProblem('  ', definitions)).toBe('Give the attribute a name.');
    expect(attributeNameProblem('Title', definitions)).toMatch(/one of every document’s own fields/);
    const operation = await commitChange(db, newAttributeChange({ name: 'verified', type: 'boolean' }), coder);
    expect(await db.attributeDefinitions.toArray()).toEqual([{ name: 'verified', type: 'boolean' }]);
    expect(attributeNameProblem('Verified', await db.attributeDefinitions.toArray())).toBe('The project already has an attribute “Verified”.');
    await commitChange(db, inverseOf(operation), coder);
    expect(await db.attributeDefinitions.count()).toBe(0);
  });
});

describe('editing documents from a screen’s copy of them', () => {
  test('two edits made from the same stale copy keep both, and each logs the row as it was stored', async () => {
    await addImportedDocuments(db, [importedDocument('a', { attributes: { leaning: 'left' } })]);
    // The copy the screen rendered; neither edit below refreshes it.
    const [shown] = await listDocuments(db);
    await editDocuments(db, 'Author set', [shown!.id], (doc) => ({ ...doc, author: 'Ana Ruiz' }), coder.coderId);
    await editDocuments(db, 'Source set', [shown!.id], (doc) => ({ ...doc, source: 'The Courier' }), coder.coderId);
    await editDocuments(db, 'year set', [shown!.id], (doc) => withAttributes(doc, { year: 2017 }), coder.coderId, { name: 'year', type: 'number' });
    const [stored] = await listDocuments(db);
    expect(stored).toMatchObject({ author: 'Ana Ruiz', source: 'The Courier', attributes: { leaning: 'left', year: 2017 } });

    const log = await db.operations.orderBy('at').toArray();
    const sourceSet = log.find((op) => op.label === 'Source set')!;
    expect(sourceSet.changes[0]!.before).toMatchObject({ author: 'Ana Ruiz', source: '' });
    // Undoing the last edit takes back the year alone: the author and source stay.
    const yearSet = log.find((op) => op.label === 'year set')!;
    await commitChange(db, inverseOf(yearSet), { ...coder, kind: 'undo', expectCurrent: true });
    expect((await listDocuments(db))[0]).toMatchObject({ author: 'Ana Ruiz', source: 'The Courier' });
    expect((await listDocuments(db))[0]!.attributes).toEqual({ leaning: 'left' });
    expect(await db.attributeDefinitions.get('year')).toBeUndefined();
  });

  test('an attribute declared meanwhile (another window) is not declared twice; a document deleted meanwhile is left out', async () => {
    await addImportedDocuments(db, [importedDocument('a'), importedDocument('b')]);
    const [a, b] = await listDocuments(db);
    await commitChange(db, newAttributeChange({ name: 'verified', type: 'boolean' }), coder);
    await deleteDocuments(db, [b!.id], coder.coderId);
    expect(await editDocuments(db, 'verified set', [a!.id, b!.id], (doc) => withAttributes(doc, { verified: true }), coder.coderId, { name: 'verified', type: 'boolean' })).toBe(true);
    const edit = (await db.operations.toArray()).find((op) => op.label === 'verified set')!;
    expect(edit.changes.map((c) => `${c.table} ${c.key}`)).toEqual([`documents ${a!.id}`]);
    expect(await editDocuments(db, 'verified set', [a!.id], (doc) => withAttributes(doc, { verified: true }), coder.coderId)).toBe(false);
  });
});

describe('deleting documents', () => {
  test('says how many codings and memos go, then removes the documents, their texts, codings, memos and set memberships', async () => {
    await addImportedDocuments(db, [importedDocument('a'), importedDocument('b')]);
    const [a, b] = await listDocuments(db);
    const coding = (id: string, docId: string) => ({ id, docId, codeId: 'k', start: 0, end: 4, quote: 'Text', prefix: '', suffix: '', coderId: 'c', createdAt: '' });
    await db.codings.bulkAdd([coding('x1', a!.id), coding('x2', a!.id), coding('x3', b!.id)]);
    const memo = (id: string, targetType: 'document' | 'coding', targetId: string) => ({ id, targetType, targetId, body: '', text: 'm', coderId: 'c', createdAt: '', updatedAt: '' });
    await db.memos.bulkAdd([memo('m1', 'document', a!.id), memo('m2', 'coding', 'x1'), memo('m3', 'coding', 'x3')]);
    await commitChange(db, createSetChange('Both', [a!.id, b!.id], liveMinting()), coder);

    expect(await deletionImpact(db, [a!.id])).toEqual({ documents: 1, codings: 2, memos: 2 });
    expect(await deleteDocuments(db, [a!.id], coder.coderId)).toEqual({ documents: 1, codings: 2, memos: 2 });

    expect((await listDocuments(db)).map((d) => d.title)).toEqual(['b']);
    expect(await db.texts.get(a!.id)).toBeUndefined();
    expect((await db.codings.toArray()).map((c) => c.id)).toEqual(['x3']);
    expect((await db.memos.toArray()).map((m) => m.id)).toEqual(['m3']);
    expect((await listDocumentSets(db))[0]!.docIds).toEqual([b!.id]);
  });
});

describe('deleting documents, in the audit trail', () => {
  test('the History of a code shows its codings going with the document; the deletion is logged but not undoable', async () => {
    const history = undoHistoryFor(db);
    await addImportedDocuments(db, [importedDocument('a'), importedDocument('b')]);
    const [a, b] = await listDocuments(db);
    const apply = (docId: string, codeId: string, start: number) =>
      commitChange(db, applyCodeChange('Text of a.', { docId, codeId, start, end: start + 4, coderId: 'coder-1' }, codeId, liveMinting()), coder);
    await apply(b!.id, 'pledge', 0);
    await apply(a!.id, 'pledge', 0);
    await apply(a!.id, 'claim', 5);
    await commitChange(db, createSetChange('Both', [a!.id, b!.id], liveMinting()), coder);

    expect(await deleteDocuments(db, [a!.id], coder.coderId)).toEqual({ documents: 1, codings: 2, memos: 0 });

    // (Operations in the same millisecond may come in either order: compare them sorted.)
    const labels = async (codeId: string) => (await operationsOfCode(db, codeId)).map((op) => op.label).sort();
    expect(await labels('pledge')).toEqual(['Code “pledge” applied', 'Code “pledge” applied', 'Document “a” deleted, with 2 codings and 0 memos']);
    expect(await labels('claim')).toEqual(['Code “claim” applied', 'Document “a” deleted, with 2 codings and 0 memos']);
    const deletion = (await operationsOfCode(db, 'pledge')).find((op) => op.kind === 'irreversible')!;
    expect(deletion).toMatchObject({ label: 'Document “a” deleted, with 2 codings and 0 memos', coderId: 'coder-1', docIds: [a!.id] });
    expect([...deletion.codeIds].sort()).toEqual(['claim', 'pledge']);
    // The log holds what went, row by row: the codings, the set as it was and is, the document.
    expect(deletion.changes.map((c) => `${c.table} ${c.after === null ? 'deleted' : 'changed'}`)).toEqual(['codings deleted', 'codings deleted', 'documentSets changed', 'documents deleted']);
    expect((await operationsOfDocument(db, a!.id)).map((op) => op.id)).toContain(deletion.id);
    expect((await operationsOfDocument(db, b!.id)).map((op) => op.id)).not.toContain(deletion.id);

    // Undo passes over it; undoing a coding it removed says what removed it.
    expect(history.nextUndo('coder-1')?.label).toBe('Set “Both” created');
    await history.undo('coder-1');
    const refused = await history.undo('coder-1');
    expect(refused).toMatchObject({ status: 'conflict', entry: { label: 'Code “claim” applied' }, conflict: { reason: 'changed', since: { id: deletion.id } } });
    history.dispose();
  });
});

describe('document sets', () => {
  test('created, added to, removed from and deleted, each an undoable operation; the documents stay', async () => {
    await addImportedDocuments(db, [importedDocument('a'), importedDocument('b'), importedDocument('c')]);
    const [a, b, c] = await listDocuments(db);
    expect(setNameProblem('', [])).toBe('Give the set a name.');
    await commitChange(db, createSetChange(' Right-leaning sources ', [a!.id], liveMinting()), coder);
    let [set] = await listDocumentSets(db);
    expect(set).toMatchObject({ name: 'Right-leaning sources', docIds: [a!.id] });
    expect(setNameProblem('right-leaning SOURCES', [set!])).toBe('There is already a set called “right-leaning SOURCES”.');

    const adding = addToSetChange(set!, [a!.id, b!.id, c!.id]);
    expect(adding.label).toBe('2 documents added to “Right-leaning sources”');
    await commitChange(db, adding, coder);
    [set] = await listDocumentSets(db);
    expect(set!.docIds).toEqual([a!.id, b!.id, c!.id]);
    expect((await db.documentSets.where('docIds').equals(b!.id).toArray()).map((s) => s.name)).toEqual(['Right-leaning sources']);

    await commitChange(db, removeFromSetChange(set!, [b!.id]), coder);
    [set] = await listDocumentSets(db);
    expect(set!.docIds).toEqual([a!.id, c!.id]);
    expect(removeFromSetChange(set!, [b!.id]).changes).toEqual([]);

    const deleted = await commitChange(db, deleteSetChange(set!), coder);
    expect(await db.documentSets.count()).toBe(0);
    expect(await db.documents.count()).toBe(3);
    await commitChange(db, inverseOf(deleted), coder);
    expect((await listDocumentSets(db))[0]!.docIds).toEqual([a!.id, c!.id]);
  });
});
