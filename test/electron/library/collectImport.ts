// Runs the import pipeline as the app does, with its batches (which go to the renderer in the app)
// collected here, so a test can check what the researcher gets: the documents in the order sent, and
// the report that ends the import.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'vitest';
import { importFiles, type ImportContext } from '../../../electron/library/importFiles';
import { sha256Hex } from '../../../electron/originals/originalStore';
import type { ImportBatch, ImportedDocument, ImportReport, ImportRequest } from '../../../shared/ipc';
import { toCanonicalText } from '../../../shared/text/canonical';
import { listing } from '../fixtures';

export interface CollectedImport extends ImportReport {
  /** Every document of every batch, in the order the batches were sent. */
  imported: ImportedDocument[];
  batchList: ImportBatch[];
}

export async function importCollecting(request: ImportRequest, context: Omit<ImportContext, 'onBatch'> & Partial<Pick<ImportContext, 'onBatch'>>): Promise<CollectedImport> {
  const batchList: ImportBatch[] = [];
  const report = await importFiles(request, {
    ...context,
    onBatch: (batch) => {
      batchList.push(batch);
      context.onBatch?.(batch);
    },
  });
  return { ...report, imported: batchList.flatMap((b) => b.documents), batchList };
}

/**
 * Every document of a batch of UTF-8 .txt files was imported as the researcher expects: its original
 * stored under its SHA-256, byte for byte, and its text the canonical form of the file's.
 */
export async function expectStoredAndExtracted(report: CollectedImport, libraryDir: string, count: number): Promise<void> {
  expect(report.imported).toHaveLength(count);
  for (const doc of report.imported) {
    const original = await readFile(doc.path);
    expect(doc.sha256).toBe(sha256Hex(original));
    expect(doc.storedName).toBe(`${doc.sha256}.txt`);
    expect(await readFile(join(libraryDir, doc.storedName))).toEqual(original);
    expect(doc.text).toBe(toCanonicalText(original.toString('utf8')));
    expect(doc.extraction.encoding).toBe('UTF-8');
    expect(doc.title).toBe(doc.fileName.replace(/\.txt$/, ''));
  }
  expect(await listing(libraryDir)).toHaveLength(count);
}
