// Confirms deleting a code, saying exactly what goes with it: its subcodes, how many codings in how
// many documents, and the memos on any of them (codeDeletion.ts). It can be undone, and the dialog says so.
import { useLiveQuery } from 'dexie-react-hooks';
import type { CodeRecord } from '../../../shared/model';
import { ConfirmDeleteDialog } from '../../ui/Dialog';
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
    <ConfirmDeleteDialog
      title={`Delete the code “${code.name}”?`}
      summary={preview ? deletionSummary(preview) : null}
      waiting="Counting its codings…"
      onConfirm={onConfirm}
      onClose={onClose}
    />
  );
}
