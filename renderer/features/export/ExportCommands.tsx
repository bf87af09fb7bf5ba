// What the Export commands of the command table do: coded segments as CSV (plain or spreadsheet-safe)
// and the memos as Markdown.
import { useCallback } from 'react';
import { useProject } from '../projects/ProjectContext';
import { useExport } from '../../files/exportFile';
import { useCommandHandler } from '../../commands/CommandContext';
import { codedSegmentsExport } from './exportCodedSegments';
import { useMemosExport } from './useMemosExport';

export function ExportCommands() {
  const { db, project } = useProject();
  const runExport = useExport();
  const exportMemos = useMemosExport();
  const exportCsv = useCallback((spreadsheetSafe: boolean) => runExport(codedSegmentsExport(db, project.name, spreadsheetSafe)), [db, project.name, runExport]);
  useCommandHandler('exportCsv', () => void exportCsv(false));
  useCommandHandler('exportCsvSpreadsheet', () => void exportCsv(true));
  useCommandHandler('exportMemos', () => void exportMemos());
  return null;
}
