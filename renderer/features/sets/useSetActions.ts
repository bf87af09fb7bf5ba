// Changes to document sets, each committed as one undoable operation and announced.
import { useCallback } from 'react';
import type { DocumentSetRecord } from '../../../shared/model';
import type { Change } from '../../../shared/changes/change';
import { addToSetChange, createSetChange, deleteSetChange, removeFromSetChange, renameSetChange } from '../../../shared/changes/setChanges';
import { commitChange } from '../../db/changes';
import { liveMinting } from '../../db/ids';
import { useProject } from '../projects/ProjectContext';
import { useAnnounce } from '../../ui/Announcer';

export function useSetActions() {
  const { db, coder } = useProject();
  const announce = useAnnounce();
  const commit = useCallback(
    async (change: Change) => {
      if (change.changes.length === 0) {
        announce('Nothing to change: the set already is that way.');
        return;
      }
      try {
        await commitChange(db, change, { coderId: coder.id });
        announce(`${change.label}.`);
      } catch (error) {
        announce(`The set could not be changed: ${(error as Error).message}.`);
      }
    },
    [db, coder.id, announce],
  );
  return {
    create: (name: string, docIds: readonly string[]) => commit(createSetChange(name, docIds, liveMinting())),
    add: (set: DocumentSetRecord, docIds: readonly string[]) => commit(addToSetChange(set, docIds)),
    remove: (set: DocumentSetRecord, docIds: readonly string[]) => commit(removeFromSetChange(set, docIds)),
    rename: (set: DocumentSetRecord, name: string) => commit(renameSetChange(set, name)),
    deleteSet: (set: DocumentSetRecord) => commit(deleteSetChange(set)),
  };
}
