// Runs the import pipeline as the app does, with its batches (which go to the renderer in the app)
// collected here, so a test can check what the researcher gets: the documents in the order sent, and
// the report that ends the import.
import { importFiles, type ImportContext } from '../../../electron/library/importFiles';
import type { ImportBatch, ImportedDocument, ImportReport, ImportRequest } from '../../../shared/ipc';

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
