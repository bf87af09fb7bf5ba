// The codebook to and from a CSV file: main asks where to save or what to open, the renderer turns
// the codes into CSV and back (shared/codebook/codebookCsv.ts) and merges an imported file into the
// project in one operation.
import { call } from '../../api';
import { codebookToCsv, parseCodebookCsv } from '../../../shared/codebook/codebookCsv';
import type { CodebookImportPlan } from '../../../shared/codebook/codebookImport';
import { importCodebook, listCodes } from '../../db/codes';
import type { ProjectDatabase } from '../../db/projectDatabase';
import { safeFileName } from '../export/exportFileName';

export async function exportCodebook(db: ProjectDatabase, projectName: string): Promise<{ path: string; codes: number } | null> {
  const codes = await listCodes(db);
  const result = await call('saveExport', {
    suggestedName: `${safeFileName(projectName)} codebook.csv`,
    kind: 'csv',
    content: codebookToCsv(codes),
    bom: false,
  });
  return result ? { path: result.path, codes: codes.length } : null;
}

export interface CodebookImportOutcome extends CodebookImportPlan {
  fileName: string;
}

/** Null when the researcher cancelled the dialog. Throws, naming the file, when it is no codebook. */
export async function chooseAndImportCodebook(db: ProjectDatabase, coderId: string): Promise<CodebookImportOutcome | null> {
  const file = await call('openTextFile', { purpose: 'codebook' });
  if (!file) return null;
  let parsed;
  try {
    parsed = parseCodebookCsv(file.content);
  } catch (error) {
    throw new Error(`“${file.fileName}” cannot be read as a codebook: ${(error as Error).message}.`, { cause: error });
  }
  if (parsed.rows.length === 0) throw new Error(`“${file.fileName}” has no codes: it has a header row but no rows under it.`);
  const plan = await importCodebook(db, parsed, file.fileName, coderId);
  return { ...plan, fileName: file.fileName };
}
