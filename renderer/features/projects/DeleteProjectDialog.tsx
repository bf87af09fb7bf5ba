// Confirms deleting the open project, saying what it holds and how it comes back: Framewise backs it
// up first, and Backups restores that backup as a new project. Cancel has the focus; the button that
// deletes names the project, so that the wrong one is not deleted by a press of Enter.
import { useLiveQuery } from 'dexie-react-hooks';
import { Dialog } from '../../ui/Dialog';
import { useAnnounce } from '../../ui/Announcer';
import { failureReason } from '../../db/writeFailure';
import { useProject } from './ProjectContext';
import { heldCountsInWords } from '../../../shared/backup/heldCounts';
import { projectHoldings } from './projectDeletion';

/** `backUp`: takes the backup before the deletion; false when it failed (it said why). */
export function DeleteProjectDialog({ onClose, backUp }: { onClose(): void; backUp: () => Promise<boolean> }) {
  const { project, db, deleteProject } = useProject();
  const announce = useAnnounce();
  const holdings = useLiveQuery(() => projectHoldings(db), [db]);
  const name = project.name;

  const remove = async () => {
    onClose();
    try {
      // The backup says why when it failed (“Nothing was deleted: …”).
      if (await deleteProject(backUp)) {
        announce(`Deleted “${name}”. Its backups stay: Backups can restore it as a new project.`);
      }
    } catch (error) {
      announce(`Deleting “${name}” failed: ${failureReason(error)}.`);
    }
  };

  return (
    <Dialog title={`Delete the project “${name}”?`} onClose={onClose}>
      <p>
        {holdings ? `It holds ${heldCountsInWords(holdings)}, and its codebook; all of it is deleted from Framewise.` : 'Counting what it holds…'} Framewise backs the project
        up first: Backups lists that backup and can restore it as a new project. The original files stay in Framewise’s library folder.
      </p>
      <div className="dialog-buttons">
        <button type="button" autoFocus onClick={onClose}>
          Cancel
        </button>
        <button type="button" className="danger" disabled={!holdings} onClick={() => void remove()}>
          Delete “{name}”
        </button>
      </div>
    </Dialog>
  );
}
