// Renames a set. A name another set has is refused inside the dialog, which stays open with what was
// typed, so the researcher corrects it rather than types it again.
import { useId, useState, type FormEvent } from 'react';
import type { DocumentSetRecord } from '../../../shared/model';
import { Dialog, DialogActions, FormError } from '../../ui/Dialog';
import { setNameProblem } from '../../db/documentSets';
import { storedName } from '../../../shared/attributes/nameForms';

interface RenameSetDialogProps {
  set: DocumentSetRecord;
  sets: readonly DocumentSetRecord[];
  onRename(name: string): void;
  onClose(): void;
}

export function RenameSetDialog({ set, sets, onRename, onClose }: RenameSetDialogProps) {
  const [name, setName] = useState(set.name);
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = setNameProblem(name, sets, set.id);
    if (problem) return setError(problem);
    // The same name: nothing to rename, and no empty step in the History.
    if (storedName(name) !== set.name) onRename(name);
    onClose();
  };
  return (
    <Dialog title="Rename set" onClose={onClose}>
      <form onSubmit={submit}>
        <label>
          Name of the set
          <input autoFocus value={name} onChange={(event) => (setName(event.target.value), setError(null))} maxLength={200} aria-invalid={error ? true : undefined} aria-describedby={error ? errorId : undefined} />
        </label>
        <FormError message={error} id={errorId} />
        <DialogActions onCancel={onClose}>
          <button type="submit">Rename</button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
