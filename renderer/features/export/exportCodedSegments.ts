// Gathers the project's coded segments and hands the CSV to main, which asks where to save it.
import { codedSegmentsCsv } from '../../../shared/export/codedSegments';
import { call } from '../../api';
import { listCodes } from '../../db/codes';
import { listDocuments } from '../../db/documents';
import type { ProjectDatabase } from '../../db/projectDatabase';

export interface CsvExportOutcome {
  rows: number;
  path: string | null;
}

export async function exportCodedSegments(db: ProjectDatabase, projectName: string, spreadsheetSafe: boolean): Promise<CsvExportOutcome> {
  const { input, rows } = await db.transaction('r', [db.documents, db.texts, db.codes, db.coders, db.codings, db.memos], async () => {
    const documents = await listDocuments(db);
    const texts = await db.texts.bulkGet(documents.map((d) => d.id));
    const codingMemos = await db.memos.where('[targetType+targetId]').between(['coding', ''], ['coding', '\uffff']).toArray();
    const codings = await db.codings.toArray();
    return {
      rows: codings.length,
      input: {
        projectName,
        documents: documents.map((record, i) => ({ record, text: texts[i]?.text ?? '' })),
        codes: await listCodes(db),
        coders: await db.coders.toArray(),
        codings,
        codingMemos: new Map(codingMemos.map((memo) => [memo.targetId, memo.text])),
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

function safeFileName(name: string): string {
  return name.replace(/[\\/:*?"<>|\p{Cc}]+/gu, '-').slice(0, 120) || 'Framewise';
}
