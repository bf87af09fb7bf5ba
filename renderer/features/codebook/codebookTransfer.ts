// The codebook to and from a CSV file: main asks where to save or what to open, the renderer turns
// the codes into CSV and back (shared/codebook/codebookCsv.ts) and merges an imported file into the
// project in one operation.
import type { Export } from '../../files/exportFile';
import { openTextFile } from '../../files/openTextFile';
import { codebookToCsv, parseCodebookCsv } from '../../../shared/codebook/codebookCsv';
import type { CodebookImportPlan } from '../../../shared/codebook/codebookImport';
import { importCodebook, listCodes } from '../../db/codes';
import type { ProjectDatabase } from '../../db/projectDatabase';
import { safeFileName } from '../export/exportFileName';

export function codebookExport(db: ProjectDatabase, projectName: string): Export {
  return {
    failure: 'The codebook export failed',
    prepare: async () => {
      const codes = await listCodes(db);
      return {
        file: { purpose: 'codebookCsv', suggestedName: `${safeFileName(projectName)} codebook.csv`, content: codebookToCsv(codes) },
        saved: ({ path }) => `Exported ${codes.length} code${codes.length === 1 ? '' : 's'} to ${path}.`,
      };
    },
  };
}

export interface CodebookImportOutcome extends CodebookImportPlan {
  fileName: string;
}

/** Null when the researcher cancelled the dialog. Throws, naming the file, when it is no codebook. */
export async function chooseAndImportCodebook(db: ProjectDatabase, coderId: string): Promise<CodebookImportOutcome | null> {
  const file = await openTextFile('codebook');
  if (!file) return null;
  let parsed;
  try {
    parsed = parseCodebookCsv(file.text);
  } catch (error) {
    throw new Error(`“${file.fileName}” cannot be read as a codebook: ${(error as Error).message}.`, { cause: error });
  }
  if (parsed.rows.length === 0) throw new Error(`“${file.fileName}” has no codes: it has a header row but no rows under it.`);
  const plan = await importCodebook(db, parsed, file.fileName, coderId);
  return { ...plan, fileName: file.fileName };
}
