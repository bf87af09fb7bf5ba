// Declares a new attribute with the type the researcher chooses (REFI-QDA's variable types), before
// any document has a value for it.
import { useId, useState, type FormEvent } from 'react';
import type { AttributeDefinition, AttributeType } from '../../../shared/model';
import { Dialog, DialogActions, FormError } from '../../ui/Dialog';
import { useAnnounce } from '../../ui/Announcer';
import { newAttributeChange } from '../../../shared/changes/attributeChanges';
import { attributeNameProblem } from '../../db/attributes';
import { storedName } from '../../../shared/attributes/nameForms';
import { couldNotSave } from '../../db/writeFailure';
import { commitChange } from '../../db/changes';
import { useProject } from '../projects/ProjectContext';
import { AttributeTypeSelect } from './AttributeTypeSelect';

interface NewAttributeDialogProps {
  definitions: readonly AttributeDefinition[];
  onAdded(name: string): void;
  onClose(): void;
}

export function NewAttributeDialog({ definitions, onAdded, onClose }: NewAttributeDialogProps) {
  const { db, coder } = useProject();
  const announce = useAnnounce();
  const [name, setName] = useState('');
  const [type, setType] = useState<AttributeType>('text');
  const [error, setError] = useState<string | null>(null);
  // A failed write is the app's problem, not the name's: said in the dialog, not on the field.
  const [failure, setFailure] = useState<string | null>(null);
  const errorId = useId();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problem = attributeNameProblem(name, definitions);
    if (problem) return setError(problem);
    const declared = storedName(name);
    try {
      await commitChange(db, newAttributeChange({ name: declared, type }), { coderId: coder.id });
    } catch (error) {
      return setFailure(couldNotSave(`add the attribute “${declared}”`, error));
    }
    announce(`Attribute “${declared}” added.`);
    onAdded(declared);
    onClose();
  };
  return (
    <Dialog title="New attribute" onClose={onClose}>
      <form onSubmit={(event) => void submit(event)}>
        <label>
          Name
          <input
            autoFocus
            value={name}
            onChange={(event) => (setName(event.target.value), setError(null))}
            maxLength={100}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
          />
        </label>
        <AttributeTypeSelect value={type} onChange={setType} />
        <FormError message={error} id={errorId} />
        <FormError message={failure} />
        <DialogActions onCancel={onClose}>
          <button type="submit">Add attribute</button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
