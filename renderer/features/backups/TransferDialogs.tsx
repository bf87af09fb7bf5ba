// The dialog of opening a project file or restoring a backup: the choice of where a checked file goes,
// saying what will happen before it does (a damaged file's refusal is renderer/ui's RefusalDialog).
import { useState } from 'react';
import { heldCountsInWords } from '../../../shared/backup/heldCounts';
import { Dialog, DialogActions } from '../../ui/Dialog';
import type { PendingFile } from './useProjectTransfer';

interface PlaceDialogProps {
  title: string;
  pending: PendingFile;
  currentName: string;
  /** The name a new project gets. */
  newName: string;
  onNew(): void;
  onReplace(): void;
  onCancel(): void;
  /** Said first, at both steps: what the researcher must know of this file before choosing (a backup of another project). */
  warning?: string;
}

/** Open as a new project (the default) or replace the open one, each said in full before it is chosen. */
export function PlaceDialog({ title, pending, currentName, newName, onNew, onReplace, onCancel, warning }: PlaceDialogProps) {
  const [confirmingReplace, setConfirmingReplace] = useState(false);
  const { manifest } = pending.file;
  const summary = `${heldCountsInWords(manifest.counts)}, written ${new Date(manifest.writtenAt).toLocaleString()}${manifest.writtenBy ? ` by ${manifest.writtenBy.name}` : ''}.`;
  if (confirmingReplace) {
    return (
      <Dialog title={`Replace “${currentName}”?`} onClose={onCancel}>
        {warning ? <p>{warning}</p> : null}
        <p>
          Everything in “{currentName}” will be replaced by what {pending.fileName} holds: {summary} Framewise backs “{currentName}” up first; that backup is listed under Backups as
          “before the project was replaced”.
        </p>
        <DialogActions onCancel={onCancel}>
          <button type="button" className="danger" onClick={onReplace}>
            Replace “{currentName}”
          </button>
        </DialogActions>
      </Dialog>
    );
  }
  return (
    <Dialog title={title} onClose={onCancel}>
      {warning ? <p>{warning}</p> : null}
      <p>
        “{manifest.project.name}”: {summary}
      </p>
      <p>Opened as a new project, it is added as “{newName}” beside your projects, which stay as they are.</p>
      <DialogActions onCancel={onCancel}>
        <button type="button" onClick={() => setConfirmingReplace(true)}>
          Replace “{currentName}”…
        </button>
        <button type="button" autoFocus onClick={onNew}>
          Open as a new project
        </button>
      </DialogActions>
    </Dialog>
  );
}
