// Confirms deleting a code, saying exactly what goes with it: its subcodes, and how many codings in
// how many documents. It can be undone, and the dialog says so.
import { useLiveQuery } from 'dexie-react-hooks';
import type { CodeRecord } from '../../../shared/model';
import { Dialog, DialogActions } from '../../ui/Dialog';
import { deletionCounts } from '../../db/codes';
import type { ProjectDatabase } from '../../db/projectDatabase';

interface DeleteCodeDialogProps {
  db: ProjectDatabase;
  code: CodeRecord;
  onConfirm(): void;
  onClose(): void;
}

export function DeleteCodeDialog({ db, code, onConfirm, onClose }: DeleteCodeDialogProps) {
  const counts = useLiveQuery(() => deletionCounts(db, code.id), [db, code.id]);
  const subcodes = counts ? counts.codes - 1 : 0;
  return (
    <Dialog title={`Delete the code “${code.name}”?`} onClose={onClose}>
      {counts ? (
        <p>
          {subcodes > 0 ? `Its ${subcodes} subcode${subcodes === 1 ? '' : 's'} will be deleted with it. ` : ''}
          {counts.codings === 0
            ? 'It codes no passage yet. You can undo this (Ctrl+Z).'
            : `${counts.codings} coding${counts.codings === 1 ? '' : 's'} in ${counts.documents} document${counts.documents === 1 ? '' : 's'} will be deleted, with their memos; you can undo this (Ctrl+Z).`}
        </p>
      ) : (
        <p>Counting its codings…</p>
      )}
      <DialogActions onCancel={onClose}>
        <button
          type="button"
          className="danger"
          disabled={!counts}
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
