// Writes the rows of a project file or a backup into a project database, in one transaction: either
// the whole project is there afterwards or, when a write fails (no room left, say), nothing changed.
// Into a new project, the database must be empty; in place of a project, every table is cleared in
// the same transaction first, so the project is never half old and half restored. The counts of
// codings are rebuilt in that transaction.
import type { ProjectDatabase } from './projectDatabase';
import { TABLE_NAMES, type ProjectTables } from '../../shared/projectFile/projectTables';
import { rebuildCodingCounts } from './codingCounts';

// Rows are added a slice at a time: one bulkAdd of 100,000 codings holds its request list whole.
const SLICE = 5_000;

export interface LoadOptions {
  /** Clear the project's tables first (restore in place); otherwise the database must be empty. */
  replace: boolean;
}

export async function loadProject(db: ProjectDatabase, tables: ProjectTables, { replace }: LoadOptions): Promise<void> {
  await db.transaction('rw', [...TABLE_NAMES.map((name) => db.table(name)), db.codingCounts], async () => {
    if (replace) {
      for (const name of TABLE_NAMES) await db.table(name).clear();
    } else {
      for (const name of TABLE_NAMES) {
        if ((await db.table(name).count()) > 0) throw new Error(`The project database ${db.name} already holds ${name}: a project file opens into an empty one.`);
      }
    }
    for (const name of TABLE_NAMES) {
      const rows = tables[name] as object[];
      for (let start = 0; start < rows.length; start += SLICE) await db.table(name).bulkAdd(rows.slice(start, start + SLICE));
    }
    // A project file holds no counts (they are derived): made here from the codings just written.
    await rebuildCodingCounts(db.codingCounts, tables.codings);
  });
}

/**
 * The project's rows under another project id: the memos on the project point to it. Every other row
 * keeps its id (codings, memos and sets point to them, and a project that comes back from a copy
 * must merge with its origin later); the operations log is history and keeps what it recorded.
 */
export function underProjectId(tables: ProjectTables, fromId: string, toId: string): ProjectTables {
  if (fromId === toId) return tables;
  return { ...tables, memos: tables.memos.map((memo) => (memo.targetType === 'project' && memo.targetId === fromId ? { ...memo, targetId: toId } : memo)) };
}
