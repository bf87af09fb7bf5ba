// Before a batch with spreadsheets is imported, the researcher picks each spreadsheet's text column:
// each is previewed by main, and the import waits for the choice (ColumnPickerDialog shows it).
import { useCallback, useState } from 'react';
import type { TableChoice, TablePreview } from '../../../shared/ipc';
import { isTableFile } from '../../../shared/library/fileFormats';
import { megabytesToBytes } from '../../../shared/library/fileSizeLimits';
import { call } from '../../api';
import type { RegistryDatabase } from '../../db/registry';
import { maxFileMegabytes } from './importPreferences';

/** Spreadsheets in a batch waiting for the researcher to pick their text columns. */
export interface TablePick {
  tables: Array<{ path: string; preview: TablePreview } | { path: string; fileName: string; error: string }>;
  resolve(choices: Record<string, TableChoice> | null): void;
}

export function useTablePick(registry: RegistryDatabase) {
  const [tablePick, setTablePick] = useState<TablePick | null>(null);

  /** Previews each spreadsheet among `paths` and waits for the researcher's choice; null when cancelled. */
  const pickTables = useCallback(async (paths: string[]): Promise<Record<string, TableChoice> | null> => {
    const tablePaths = paths.filter(isTableFile);
    if (tablePaths.length === 0) return {};
    const tables: TablePick['tables'] = [];
    const maxFileBytes = megabytesToBytes(await maxFileMegabytes(registry));
    for (const path of tablePaths) {
      try {
        tables.push({ path, preview: await call('previewTable', path, maxFileBytes) });
      } catch (error) {
        tables.push({ path, fileName: path.split(/[\\/]/).at(-1) ?? path, error: (error as Error).message });
      }
    }
    return new Promise((resolve) =>
      setTablePick({
        tables,
        resolve: (choices) => {
          setTablePick(null);
          resolve(choices);
        },
      }),
    );
  }, [registry]);

  return { tablePick, pickTables };
}
