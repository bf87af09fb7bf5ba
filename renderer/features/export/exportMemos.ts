// Gathers every memo of the project and hands the Markdown to main, which asks where to save it.
import { call } from '../../api';
import { listCodes } from '../../db/codes';
import { listDocuments } from '../../db/documents';
import { nowIso } from '../../db/ids';
import type { ProjectDatabase } from '../../db/projectDatabase';
import { safeFileName } from './exportFileName';
import { memosMarkdown } from './memosMarkdown';

export interface MemosExportOutcome {
  memos: number;
  path: string | null;
}

export async function exportMemos(db: ProjectDatabase, project: { id: string; name: string }): Promise<MemosExportOutcome> {
  const input = await db.transaction('r', [db.documents, db.codes, db.coders, db.codings, db.memos], async () => {
    const memos = await db.memos.toArray();
    const codingIds = memos.filter((m) => m.targetType === 'coding').map((m) => m.targetId);
    const codings = (await db.codings.bulkGet(codingIds)).filter((c) => c !== undefined);
    return {
      projectName: project.name,
      projectId: project.id,
      exportedAt: nowIso(),
      memos,
      documents: await listDocuments(db),
      codes: await listCodes(db),
      codings,
      coders: await db.coders.toArray(),
    };
  });
  const result = await call('saveExport', {
    suggestedName: `${safeFileName(project.name)} memos.md`,
    kind: 'markdown',
    content: memosMarkdown(input),
    bom: false,
  });
  return { memos: input.memos.length, path: result?.path ?? null };
}
