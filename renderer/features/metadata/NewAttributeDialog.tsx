// Declares a new attribute with the type the researcher chooses (REFI-QDA's variable types), before
// any document has a value for it.
import { useState, type FormEvent } from 'react';
import type { AttributeDefinition, AttributeType } from '../../../shared/model';
import { Dialog, DialogActions, FormError } from '../../ui/Dialog';
import { useAnnounce } from '../../ui/Announcer';
import { newAttributeChange } from '../../../shared/changes/attributeChanges';
import { attributeNameProblem } from '../../db/attributes';
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
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problem = attributeNameProblem(name, definitions);
    if (problem) return setError(problem);
    await commitChange(db, newAttributeChange({ name: name.trim(), type }), { coderId: coder.id });
    announce(`Attribute “${name.trim()}” added.`);
    onAdded(name.trim());
    onClose();
  };
  return (
    <Dialog title="New attribute" onClose={onClose}>
      <form onSubmit={(event) => void submit(event)}>
        <label>
          Name
          <input autoFocus value={name} onChange={(event) => (setName(event.target.value), setError(null))} maxLength={100} />
        </label>
        <AttributeTypeSelect value={type} onChange={setType} />
        <FormError message={error} />
        <DialogActions onCancel={onClose}>
          <button type="submit">Add attribute</button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
