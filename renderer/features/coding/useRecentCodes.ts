// The codes this coder applied most recently, newest first, read from the operations log: so the
// quick-code palette offers them first, in this session and after a restart alike.
import { useLiveQuery } from 'dexie-react-hooks';
import type { CodingRecord } from '../../../shared/model';
import type { ProjectDatabase } from '../../db/projectDatabase';

/** How far back to look: a day's work codes with a handful of codes at a time. */
const OPERATIONS_READ = 300;
export const RECENT_CODES_SHOWN = 5;

export async function recentCodeIds(db: ProjectDatabase, coderId: string, limit = RECENT_CODES_SHOWN): Promise<string[]> {
  const operations = await db.operations.orderBy('at').reverse().limit(OPERATIONS_READ).toArray();
  const ids: string[] = [];
  for (const operation of operations) {
    if (operation.kind !== 'change' || operation.coderId !== coderId) continue;
    // Last change first: within one operation, the later row is the more recent use.
    for (const change of [...operation.changes].reverse()) {
      if (change.table !== 'codings' || change.after === null) continue;
      const codeId = (change.after as CodingRecord).codeId;
      const before = change.before as CodingRecord | null;
      // A coding created, or given another code (recode): a use of its code.
      if ((before === null || before.codeId !== codeId) && !ids.includes(codeId)) ids.push(codeId);
      if (ids.length >= limit) return ids;
    }
  }
  return ids;
}

export function useRecentCodes(db: ProjectDatabase, coderId: string): readonly string[] {
  return useLiveQuery(() => recentCodeIds(db, coderId), [db, coderId]) ?? NONE;
}

const NONE: readonly string[] = [];
