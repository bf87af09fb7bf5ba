// Asks before deleting the backups of a deleted project: they are the only way to restore it, so the
// question says how many there are, the space they take, when the project was deleted, and that it
// cannot be restored afterwards. Cancel has the focus and Escape closes it (Dialog), so a habitual
// Enter deletes nothing; the button that deletes names the count and the project.
import { Dialog } from '../../ui/Dialog';
import { countOf } from '../../../shared/text/plural';
import type { DeletedProjectBackups } from '../../../shared/backup/deletedProjectBackups';
import { sizeInWords } from '../../../shared/backup/sizeInWords';

interface Props {
  name: string;
  summary: DeletedProjectBackups;
  /** When the project was deleted, in words ("deleted 3 days ago, on 5 March 2026"). */
  deletedWhen: string;
  onDelete(): void;
  onCancel(): void;
}

export function DeleteBackupsDialog({ name, summary, deletedWhen, onDelete, onCancel }: Props) {
  const backups = countOf(summary.count, 'backup');
  return (
    <Dialog title={`Delete the backups of “${name}”?`} onClose={onCancel}>
      <p>
        This deletes its {backups} ({sizeInWords(summary.bytes)}) from Framewise’s backups folder. “{name}” was {deletedWhen}, and these backups are the only way to
        restore it: it cannot be restored afterwards.
        {summary.ofAnotherProject > 0 ? ` ${countOf(summary.ofAnotherProject, 'of them is a backup', 'of them are backups')} of another project, copied into its folder, and deleted too.` : ''}
      </p>
      <p>The original files of its documents stay in Framewise’s library until it next starts, which then removes those that no project and no other backup needs.</p>
      <div className="dialog-buttons">
        <button type="button" autoFocus onClick={onCancel}>
          Cancel
        </button>
        <button type="button" className="danger" onClick={onDelete}>
          Delete {backups} of “{name}”
        </button>
      </div>
    </Dialog>
  );
}
