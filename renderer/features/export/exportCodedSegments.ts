// The coded segments export: gathers the project's coded segments as CSV, for renderer/files/exportFile.ts
// to save through a dialog.
import { codedSegmentsCsv } from '../../../shared/export/codedSegments';
import type { Export } from '../../files/exportFile';
import { listCodes } from '../../db/codes';
import { listDocuments } from '../../db/documents';
import { memosOfType } from '../../db/memos';
import { codingMemoTexts } from './codingMemoText';
import { safeFileName } from './exportFileName';
import type { ProjectDatabase } from '../../db/projectDatabase';

export function codedSegmentsExport(db: ProjectDatabase, projectName: string, spreadsheetSafe: boolean): Export {
  return {
    failure: 'The export failed',
    prepare: async () => {
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
      const suffix = spreadsheetSafe ? ' (for Excel)' : '';
      return {
        file: {
          purpose: 'codedSegmentsCsv',
          suggestedName: `${safeFileName(projectName)} coded segments${suffix}.csv`,
          content: codedSegmentsCsv(input, { spreadsheetSafe }),
          bom: spreadsheetSafe,
        },
        saved: ({ path }) => `Exported ${rows} coded segments to ${path}.`,
      };
    },
  };
}
