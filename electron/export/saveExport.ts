// Writes an export the renderer serialised: the user picks the place in a native save dialog, and the
// file appears whole or not at all.
import type { ExportRequest, ExportResult } from '../../shared/ipc';
import type { DialogService } from '../services';
import { writeFileAtomic } from '../fsAtomic';
import { UserFacingError } from '../userFacingError';

const EXTENSIONS: Record<ExportRequest['kind'], string[]> = { csv: ['csv'], markdown: ['md'] };
const UTF8_BOM = '\uFEFF';

export async function saveExport(request: ExportRequest, dialog: DialogService): Promise<ExportResult | null> {
  const path = await dialog.chooseSaveFile({
    title: 'Export',
    suggestedName: request.suggestedName,
    extensions: EXTENSIONS[request.kind],
  });
  if (path === null) return null;
  try {
    await writeFileAtomic(path, request.bom ? UTF8_BOM + request.content : request.content);
  } catch (error) {
    throw new UserFacingError(`Could not write ${path}: ${(error as Error).message}. Choose another folder or free some space.`, { cause: error });
  }
  return { path };
}
