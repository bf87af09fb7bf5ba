// Deleting documents cannot be undone (it is in the History of the codes its codings used, though), so
// the dialog says first what goes with them: their codings and the memos on them. Cancel has the
// focus; deleting takes a deliberate choice.
import { useEffect, useState } from 'react';
import type { DocumentRecord } from '../../../shared/model';
import { Dialog } from '../../ui/Dialog';
import { useAnnounce } from '../../ui/Announcer';
import { deleteDocuments, deletionImpact, type DeletionImpact } from '../../db/documents';
import { useProject } from '../projects/ProjectContext';
import { useBackups } from '../backups/BackupsContext';
import { countOf } from '../../../shared/text/plural';

interface DeleteDocumentsDialogProps {
  documents: readonly DocumentRecord[];
  onDeleted(): void;
  onClose(): void;
}

export function DeleteDocumentsDialog({ documents, onDeleted, onClose }: DeleteDocumentsDialogProps) {
  const { db, coder } = useProject();
  const { backupBefore } = useBackups();
  const announce = useAnnounce();
  const [impact, setImpact] = useState<DeletionImpact | null>(null);
  // The documents are fixed while the dialog is open.
  const [ids] = useState(() => documents.map((d) => d.id));
  useEffect(() => {
    void deletionImpact(db, ids).then(setImpact);
  }, [db, ids]);

  const count = documents.length === 1 ? `“${documents[0]!.title}”` : `${documents.length} documents`;
  const remove = async () => {
    // A backup of the project as it is now comes first (Backups lists it as “before deleting documents”).
    if (!(await backupBefore({ kind: 'delete-documents', documents: ids.length }, 'deleted'))) {
      onClose();
      return;
    }
    try {
      const done = await deleteDocuments(db, ids, coder.id);
      announce(`Deleted ${count} with ${countOf(done.codings, 'coding')} and ${countOf(done.memos, 'memo')}.`);
      onDeleted();
    } catch (error) {
      announce(`Nothing was deleted: ${(error as Error).message}`);
    }
    onClose();
  };
  return (
    <Dialog title={`Delete ${count}?`} onClose={onClose}>
      {impact ? (
        <p>
          {impact.codings || impact.memos
            ? `${countOf(impact.codings, 'coding')} and ${countOf(impact.memos, 'memo')} on ${documents.length === 1 ? 'it' : 'them'} will be deleted too.`
            : `${documents.length === 1 ? 'It has' : 'They have'} no codings and no memos.`}{' '}
          This cannot be undone. Framewise backs the project up first, so Backups can bring them back. The original files stay in Framewise’s library folder.
        </p>
      ) : (
        <p>Counting the codings that would go with {documents.length === 1 ? 'it' : 'them'}…</p>
      )}
      <div className="dialog-buttons">
        <button type="button" autoFocus onClick={onClose}>
          Cancel
        </button>
        <button type="button" className="danger" disabled={!impact} onClick={() => void remove()}>
          Delete {documents.length === 1 ? 'document' : `${documents.length} documents`}
        </button>
      </div>
    </Dialog>
  );
}
