// Confirms deleting a code, saying exactly what goes with it: its subcodes, how many codings in how
// many documents, and the memos on any of them (codeDeletion.ts). It can be undone, and the dialog says so.
import { useLiveQuery } from 'dexie-react-hooks';
import type { CodeRecord } from '../../../shared/model';
import { Dialog, DialogActions } from '../../ui/Dialog';
import type { ProjectDatabase } from '../../db/projectDatabase';
import { deletionPreview, deletionSummary } from './codeDeletion';

interface DeleteCodeDialogProps {
  db: ProjectDatabase;
  code: CodeRecord;
  onConfirm(): void;
  onClose(): void;
}

export function DeleteCodeDialog({ db, code, onConfirm, onClose }: DeleteCodeDialogProps) {
  const preview = useLiveQuery(() => deletionPreview(db, code.id), [db, code.id]);
  return (
    <Dialog title={`Delete the code “${code.name}”?`} onClose={onClose}>
      <p>{preview ? deletionSummary(preview) : 'Counting its codings…'}</p>
      <DialogActions onCancel={onClose}>
        <button
          type="button"
          className="danger"
          disabled={!preview}
          onClick={() => {
            onClose();
            onConfirm();
          }}
        >
          Delete
        </button>
      </DialogActions>
    </Dialog>
  );
}
