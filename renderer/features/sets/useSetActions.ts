// Changes to document sets, each committed as one undoable operation and announced. The screen's copy
// of a set names which set; the change is built from the stored row (renderer/db/documentSets.ts).
import { useCallback } from 'react';
import type { DocumentSetRecord } from '../../../shared/model';
import type { Change } from '../../../shared/changes/change';
import { addToSet, createSet, deleteSet, removeFromSet, renameSet } from '../../db/documentSets';
import { useProject } from '../projects/ProjectContext';
import { useAnnounce } from '../../ui/Announcer';
import { commandKeys } from '../../commands/shownKeys';

export function useSetActions() {
  const { db, coder } = useProject();
  const announce = useAnnounce();
  const commit = useCallback(
    async (write: () => Promise<Change | null>, afterwards = '') => {
      try {
        const change = await write();
        if (!change) announce('The set no longer exists (deleted in another window?). Nothing was changed.');
        else if (change.changes.length === 0) announce('Nothing to change: the set already is that way.');
        else announce(`${change.label}.${afterwards}`);
      } catch (error) {
        announce(`The set could not be changed: ${(error as Error).message}.`);
      }
    },
    [announce],
  );
  return {
    create: (name: string, docIds: readonly string[]) => commit(() => createSet(db, name, docIds, coder.id)),
    add: (set: DocumentSetRecord, docIds: readonly string[]) => commit(() => addToSet(db, set, docIds, coder.id)),
    remove: (set: DocumentSetRecord, docIds: readonly string[]) => commit(() => removeFromSet(db, set, docIds, coder.id)),
    rename: (set: DocumentSetRecord, name: string) => commit(() => renameSet(db, set, name, coder.id)),
    deleteSet: (set: DocumentSetRecord) => commit(() => deleteSet(db, set, coder.id), ` Undo (${commandKeys('undo')}) brings it back with its documents.`),
  };
}
