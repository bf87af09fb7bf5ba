// The codes this coder applied most recently, newest first, read from the operations log: so the
// quick-code palette offers them first, in this session and after a restart alike.
//
// Read once when the coding screen opens, then kept by the operations this window commits (each adds
// its codes at the front): a live query would read the last 300 operations, with every row they
// changed, again after every application. An operation written elsewhere (another window) is seen
// in Dexie's storage events (db/storageEvents.ts) and makes the list be read again.
import { useEffect, useState } from 'react';
import Dexie, { type ObservabilitySet } from 'dexie';
import type { CodingRecord } from '../../../shared/model';
import { onCommitted } from '../../db/changes';
import type { OperationRecord } from '../../db/operationRecord';
import type { ProjectDatabase } from '../../db/projectDatabase';
import { keysWritten } from '../../db/storageEvents';

/** How far back to look: a day's work codes with a handful of codes at a time. */
const OPERATIONS_READ = 300;
/**
 * More than the palette marks as recent (paletteOptions.ts): codes deleted or merged away since stay
 * in the list (it follows uses, not the codebook), and the palette skips them, so the codes after
 * them must be in the list to take their places.
 */
export const RECENT_CODES_KEPT = 25;

/** The codes an operation of this coder used (a coding created, or given another code), its last change first. */
function codesUsedBy(operation: OperationRecord, coderId: string): string[] {
  if (operation.kind !== 'change' || operation.coderId !== coderId) return [];
  const ids: string[] = [];
  // Last change first: within one operation, the later row is the more recent use.
  for (const change of [...operation.changes].reverse()) {
    if (change.table !== 'codings' || change.after === null) continue;
    const codeId = (change.after as CodingRecord).codeId;
    const before = change.before as CodingRecord | null;
    if ((before === null || before.codeId !== codeId) && !ids.includes(codeId)) ids.push(codeId);
  }
  return ids;
}

/** The recent codes after one more operation, newest first. */
export function withOperation(recent: readonly string[], operation: OperationRecord, coderId: string, limit = RECENT_CODES_KEPT): readonly string[] {
  const used = codesUsedBy(operation, coderId);
  if (used.length === 0) return recent;
  return [...used, ...recent.filter((id) => !used.includes(id))].slice(0, limit);
}

export async function recentCodeIds(db: ProjectDatabase, coderId: string, limit = RECENT_CODES_KEPT): Promise<string[]> {
  const operations = await db.operations.orderBy('at').reverse().limit(OPERATIONS_READ).toArray();
  const ids: string[] = [];
  for (const operation of operations) {
    for (const codeId of codesUsedBy(operation, coderId)) {
      if (!ids.includes(codeId)) ids.push(codeId);
      if (ids.length >= limit) return ids;
    }
  }
  return ids;
}

export function useRecentCodes(db: ProjectDatabase, coderId: string): readonly string[] {
  const [recent, setRecent] = useState<{ db: ProjectDatabase; coderId: string; ids: readonly string[] } | null>(null);
  useEffect(() => {
    let live = true;
    // Operations committed in this window, by id: a storage event naming only these needs no read.
    const committedHere = new Set<string>();
    // Reads and commits are applied in order: a read started before a commit may not hold it.
    let reading = 0;
    let inFlight = false;
    const read = () => {
      const started = ++reading;
      inFlight = true;
      void recentCodeIds(db, coderId).then(
        (ids) => {
          if (started !== reading) return;
          inFlight = false;
          if (live) setRecent({ db, coderId, ids });
        },
        // The list stays as it was (it only orders the palette); the next commit updates it.
        () => void (started === reading && (inFlight = false)),
      );
    };
    read();
    const stopCommitted = onCommitted(db, (operation) => {
      committedHere.add(operation.id);
      // A read under way may have missed it: read again, else add it to what is shown.
      if (inFlight) return read();
      setRecent((shown) => (shown && shown.db === db && shown.coderId === coderId ? { ...shown, ids: withOperation(shown.ids, operation, coderId) } : shown));
    });
    const onStorageMutated = (parts: ObservabilitySet) => {
      const written = keysWritten(db.name, 'operations', parts, (key): key is string => typeof key === 'string');
      if (written === null) return;
      // This window's own commit is heard here first and reaches onCommitted a few microtasks later.
      setTimeout(() => {
        const foreign = written === 'all' || written.some((id) => !committedHere.has(id));
        // Each id is heard once: forgotten now, the set holds only commits not yet heard of.
        if (written !== 'all') for (const id of written) committedHere.delete(id);
        if (live && foreign) read();
      }, 0);
    };
    Dexie.on.storagemutated.subscribe(onStorageMutated);
    return () => {
      live = false;
      stopCommitted();
      Dexie.on.storagemutated.unsubscribe(onStorageMutated);
    };
  }, [db, coderId]);
  return recent && recent.db === db && recent.coderId === coderId ? recent.ids : NONE;
}

const NONE: readonly string[] = [];
