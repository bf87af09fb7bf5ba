// Gathers the project's coded segments and hands the CSV to main, which asks where to save it.
import { codedSegmentsCsv } from '../../../shared/export/codedSegments';
import { call } from '../../api';
import { listCodes } from '../../db/codes';
import { listDocuments } from '../../db/documents';
import { memosOfType } from '../../db/memos';
import { codingMemoTexts } from './codingMemoText';
import { safeFileName } from './exportFileName';
import type { ProjectDatabase } from '../../db/projectDatabase';

export interface CsvExportOutcome {
  rows: number;
  path: string | null;
}

export async function exportCodedSegments(db: ProjectDatabase, projectName: string, spreadsheetSafe: boolean): Promise<CsvExportOutcome> {
  const { input, rows } = await db.transaction('r', [db.documents, db.texts, db.codes, db.coders, db.codings, db.memos], async () => {
    const documents = await listDocuments(db);
    const texts = await db.texts.bulkGet(documents.map((d) => d.id));
    const codingMemos = await memosOfType(db, 'coding');
    const codings = await db.codings.toArray();
    const coders = await db.coders.toArray();
    return {
      rows: codings.length,
      input: {
        projectName,
        documents: documents.map((record, i) => ({ record, text: texts[i]?.text ?? '' })),
        codes: await listCodes(db),
        coders,
        codings,
        codingMemos: codingMemoTexts(codings, codingMemos, new Map(coders.map((c) => [c.id, c.name]))),
      },
    };
  });
  const content = codedSegmentsCsv(input, { spreadsheetSafe });
  const suffix = spreadsheetSafe ? ' (for Excel)' : '';
  const result = await call('saveExport', {
    suggestedName: `${safeFileName(projectName)} coded segments${suffix}.csv`,
    kind: 'csv',
    content,
    bom: spreadsheetSafe,
  });
  return { rows, path: result?.path ?? null };
}
