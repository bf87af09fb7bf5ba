// A spreadsheet's rows reach the window in several batches, yet each column gets one type, decided on
// all its rows: main reads the survey and slices it (electron/library), the window writes each slice
// with the column types it brings, as useImport does.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { inProcessExtractor } from '../../../../electron/extract/extractor';
import { importCollecting } from '../../../electron/library/collectImport';
import { tempDir } from '../../../electron/fixtures';
import { typeHintRow } from '../../../../shared/library/attributeTypeHints';
import { addImportedDocuments, listDocuments } from '../../../../renderer/db/documents';
import { listAttributeDefinitions } from '../../../../renderer/db/attributes';
import type { ProjectDatabase } from '../../../../renderer/db/projectDatabase';
import { freshProject } from '../../db/projectDb';

let db: ProjectDatabase;
let work: Awaited<ReturnType<typeof tempDir>>;
beforeEach(async () => {
  db = await freshProject();
  work = await tempDir();
});
afterEach(async () => {
  await db.delete();
  await work.remove();
});

test('a survey written in slices types each column by all its rows: a late "n/a" makes age text, a late date makes wave a date', async () => {
  const rows = ['respondent,age,score,wave,answer'];
  for (let i = 1; i <= 25; i++) rows.push(`R${i},${i === 25 ? 'n/a' : 20 + i},${i / 2},${i > 20 ? '2024-03-01' : ''},Answer ${i}`);
  const path = join(work.path, 'panel.csv');
  await writeFile(path, rows.join('\n'));

  const imported = await importCollecting(
    { jobId: crypto.randomUUID(), paths: [path], knownSha256: [], tables: { [path]: { textColumn: 'answer', titleColumn: 'respondent' } } },
    { libraryDir: join(work.path, 'library'), extractor: inProcessExtractor, onProgress: () => {}, batchLimits: { documents: 200, chars: 4_000_000, waitMs: 250, tableRows: 10 } },
  );
  expect(imported.batchList.map((b) => b.documents.length)).toEqual([10, 10, 5]);

  for (const batch of imported.batchList) {
    await addImportedDocuments(db, batch.documents, { typeHints: batch.attributeTypes ? [typeHintRow(batch.attributeTypes)] : [] });
  }
  expect(Object.fromEntries((await listAttributeDefinitions(db)).map((d) => [d.name, d.type]))).toEqual({
    age: 'text',
    respondent: 'text',
    score: 'number',
    wave: 'date',
  });
  const documents = await listDocuments(db);
  expect(documents).toHaveLength(25);
  expect(documents[0]!.attributes).toMatchObject({ age: '21', score: 0.5 });
  expect(documents[24]!.attributes).toMatchObject({ age: 'n/a', score: 12.5, wave: '2024-03-01' });
});
