// The window writes an import's batches into the project as they come: in order, one transaction
// each; a batch that cannot be written stops the import and leaves the batches before it.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { ImportBatch } from '../../../../shared/ipc';
import { addImportedDocuments, listDocuments } from '../../../../renderer/db/documents';
import type { ProjectDatabase } from '../../../../renderer/db/projectDatabase';
import { ImportWriter } from '../../../../renderer/features/library/importWriter';
import { freshProject } from '../../db/projectDb';
import { importedDocument } from '../../../fixtures/importedDocument';

const JOB = 'job-1';

const batch = (index: number, ...names: string[]): ImportBatch => ({ jobId: JOB, index, documents: names.map((name) => importedDocument(name, { words: 4 })) });

let db: ProjectDatabase;
let failures: Error[];
/** The batches the writer started writing, by index, in order. */
let started: number[];
let writer: ImportWriter;
beforeEach(async () => {
  db = await freshProject();
  failures = [];
  started = [];
  writer = new ImportWriter(
    JOB,
    async (documents, batch) => {
      started.push(batch.index);
      return (await addImportedDocuments(db, documents)).length;
    },
    (error) => failures.push(error),
  );
});
afterEach(() => db.delete());

const titles = async () => (await listDocuments(db)).map((d) => d.title);

describe('writing an import as it comes', () => {
  test('batches are written in their order, whether they come before or after main’s report, and in any order', async () => {
    writer.receive(batch(1, 'c', 'd'));
    const done = writer.finish(3);
    writer.receive(batch(2, 'e'));
    writer.receive(batch(0, 'a', 'b'));
    expect(await done).toEqual({ added: 5, written: 5, failure: null });
    expect(await titles()).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(failures).toEqual([]);
  });

  test('each batch is one transaction: a document of another job, or a batch sent twice, is not written', async () => {
    const transactions = vi.spyOn(db, 'transaction');
    writer.receive({ ...batch(0, 'x'), jobId: 'another job' });
    writer.receive(batch(0, 'a', 'b'));
    writer.receive(batch(1, 'c'));
    expect(await writer.finish(2)).toEqual({ added: 3, written: 3, failure: null });
    writer.receive(batch(0, 'a', 'b'));
    expect(await titles()).toEqual(['a', 'b', 'c']);
    expect(transactions).toHaveBeenCalledTimes(2);
  });

  test('a document already added by an earlier batch is not added twice', async () => {
    writer.receive(batch(0, 'a', 'b'));
    writer.receive(batch(1, 'b', 'c'));
    expect(await writer.finish(2)).toEqual({ added: 3, written: 4, failure: null });
    expect(await titles()).toEqual(['a', 'b', 'c']);
  });

  test('a cancelled import keeps exactly the documents of the batches main sent before it stopped', async () => {
    await addImportedDocuments(db, [importedDocument('earlier', { words: 4 })]);
    writer.receive(batch(0, 'a', 'b'));
    writer.receive(batch(1, 'c'));
    // Main's report: cancelled after two batches.
    expect(await writer.finish(2)).toEqual({ added: 3, written: 3, failure: null });
    expect(await titles()).toEqual(['earlier', 'a', 'b', 'c']);
  });

  test('a batch that cannot be written stops the import: the batches before it stay, it and those after it are not written', async () => {
    const broken: ImportBatch = { jobId: JOB, index: 1, documents: [importedDocument('c', { words: 4 }), { ...importedDocument('d', { words: 4 }), text: undefined as unknown as string }] };
    writer.receive(batch(0, 'a', 'b'));
    writer.receive(broken);
    writer.receive(batch(2, 'e'));
    const outcome = await writer.finish(3);
    expect(outcome).toMatchObject({ added: 2, written: 2, failure: expect.any(Error) });
    expect(failures).toEqual([outcome.failure]);
    expect(await titles()).toEqual(['a', 'b']);
    expect(await db.texts.count()).toBe(2);
    // Batches still on their way when it failed are not written either: a batch the writer takes is
    // started as it is received, and this one is not.
    writer.receive(batch(3, 'f'));
    expect(started).toEqual([0, 1]);
    expect(await titles()).toEqual(['a', 'b']);
  });

  test('when main fails, the batch being written is finished and nothing after it is written', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow = new ImportWriter(
      JOB,
      async (documents) => {
        await gate;
        return (await addImportedDocuments(db, documents)).length;
      },
      (error) => failures.push(error),
    );
    slow.receive(batch(0, 'a'));
    slow.receive(batch(1, 'b'));
    const stopped = slow.stop();
    slow.receive(batch(2, 'c'));
    release();
    expect(await stopped).toEqual({ added: 1, written: 1, failure: null });
    expect(await titles()).toEqual(['a']);
  });

  test('an import that sent no batch is done at once', async () => {
    expect(await writer.finish(0)).toEqual({ added: 0, written: 0, failure: null });
  });
});
