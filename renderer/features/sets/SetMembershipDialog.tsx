// Puts the selected documents in a set (an existing one or a new one), or takes them out of one.
import { useId, useState, type FormEvent } from 'react';
import type { DocumentSetRecord } from '../../../shared/model';
import { Dialog, DialogActions, FormError } from '../../ui/Dialog';
import { SelectField } from '../../ui/SelectField';
import { setNameProblem } from '../../db/documentSets';
import { useSetActions } from './useSetActions';

const NEW = 'new-set';

interface SetMembershipDialogProps {
  mode: 'add' | 'remove';
  docIds: readonly string[];
  sets: readonly DocumentSetRecord[];
  onClose(): void;
}

export function SetMembershipDialog({ mode, docIds, sets, onClose }: SetMembershipDialogProps) {
  const actions = useSetActions();
  // Taking out: only the sets that hold at least one of the documents.
  const choices = mode === 'add' ? sets : sets.filter((s) => docIds.some((id) => s.docIds.includes(id)));
  const [setId, setSetId] = useState(choices[0]?.id ?? NEW);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();
  const count = docIds.length === 1 ? '1 document' : `${docIds.length} documents`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (mode === 'add' && setId === NEW) {
      const problem = setNameProblem(name, sets);
      if (problem) return setError(problem);
      await actions.create(name, docIds);
    } else {
      const set = sets.find((s) => s.id === setId);
      if (!set) return;
      await (mode === 'add' ? actions.add(set, docIds) : actions.remove(set, docIds));
    }
    onClose();
  };

  if (mode === 'remove' && choices.length === 0) {
    return (
      <Dialog title={`Remove ${count} from a set`} onClose={onClose}>
        <p>None of these documents is in a set.</p>
        <div className="dialog-buttons">
          <button type="button" onClick={onClose}>
            Close
          </button>
        </div>
      </Dialog>
    );
  }

  return (
    <Dialog title={mode === 'add' ? `Add ${count} to a set` : `Remove ${count} from a set`} onClose={onClose}>
      <form onSubmit={(event) => void submit(event)}>
        <SelectField
          label="Set"
          value={setId}
          options={[...choices.map((s) => ({ value: s.id, label: `${s.name} (${s.docIds.length})` })), ...(mode === 'add' ? [{ value: NEW, label: 'New set…' }] : [])]}
          onChange={(next) => (setSetId(next), setError(null))}
        />
        {mode === 'add' && setId === NEW ? (
          <label>
            Name of the new set
            <input
              value={name}
              onChange={(event) => (setName(event.target.value), setError(null))}
              maxLength={200}
              placeholder="e.g. right-leaning sources"
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? errorId : undefined}
            />
          </label>
        ) : null}
        <FormError message={error} id={errorId} />
        <DialogActions onCancel={onClose}>
          <button type="submit">{mode === 'add' ? 'Add to set' : 'Remove from set'}</button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
