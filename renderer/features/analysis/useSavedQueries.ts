// The project's saved queries, live, and saving or deleting one as an undoable operation.
import { useCallback } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Change } from '../../../shared/changes/change';
import { deleteSavedQueryChange, saveQueryChange } from '../../../shared/changes/savedQueryChanges';
import type { RetrieveQuery } from '../../../shared/retrieve/retrieveQuery';
import type { SavedQueryRecord } from '../../../shared/retrieve/savedQueryRecord';
import { commitChange } from '../../db/changes';
import { liveMinting } from '../../db/ids';
import { listSavedQueries, type SavedQueries } from '../../db/savedQueries';
import { useProject } from '../projects/ProjectContext';
import { useAnnounce } from '../../ui/Announcer';

const NONE: SavedQueries = { queries: [], problems: [] };

/** `save` and `remove` resolve to whether the change was made (a failure is announced). */
export function useSavedQueries(): SavedQueries & { save(name: string, query: RetrieveQuery): Promise<boolean>; remove(saved: SavedQueryRecord): Promise<boolean> } {
  const { db, coder } = useProject();
  const announce = useAnnounce();
  const saved = useLiveQuery(() => listSavedQueries(db), [db]) ?? NONE;
  const commit = useCallback(
    async (change: Change) => {
      try {
        await commitChange(db, change, { coderId: coder.id });
        announce(`${change.label}.`);
        return true;
      } catch (error) {
        announce(`The saved query could not be changed: ${(error as Error).message}.`);
        return false;
      }
    },
    [db, coder.id, announce],
  );
  return {
    ...saved,
    save: (name, query) => commit(saveQueryChange(name, query, saved.queries, liveMinting())),
    remove: (query) => commit(deleteSavedQueryChange(query)),
  };
}
