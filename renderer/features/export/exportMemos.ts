// The memos export: every memo of the project as one Markdown file, for renderer/files/exportFile.ts to
// save through a dialog.
import type { Export } from '../../files/exportFile';
import { listCodes } from '../../db/codes';
import { listDocuments } from '../../db/documents';
import { nowIso } from '../../db/ids';
import type { ProjectDatabase } from '../../db/projectDatabase';
import { safeFileName } from './exportFileName';
import { memosMarkdown } from './memosMarkdown';

export function memosExport(db: ProjectDatabase, project: { id: string; name: string }): Export {
  return {
    failure: 'The memos export failed',
    prepare: async () => {
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
      const count = input.memos.length;
      return {
        file: { purpose: 'memosMarkdown', suggestedName: `${safeFileName(project.name)} memos.md`, content: memosMarkdown(input) },
        saved: ({ path }) => `Exported ${count === 1 ? '1 memo' : `${count} memos`} to ${path}.`,
      };
    },
  };
}
