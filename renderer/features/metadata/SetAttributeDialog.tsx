// Sets one field or attribute of many documents at once (the selected rows of the library), or
// declares a new attribute with its type and sets it: one undoable operation either way.
import { useId, useState, type FormEvent } from 'react';
import type { AttributeDefinition, AttributeType, DocumentRecord } from '../../../shared/model';
import { Dialog, DialogActions } from '../../ui/Dialog';
import { SelectField } from '../../ui/SelectField';
import { attributeNameProblem } from '../../db/attributes';
import { parseAttributeInput, TYPE_LABELS } from './attributeInput';
import { AttributeTypeSelect } from './AttributeTypeSelect';
import { FIELD_NAMES, useDocumentEdits, type EditableField } from './useDocumentEdits';

const FIELDS: EditableField[] = ['source', 'author', 'date', 'url'];
const NEW = 'new';

interface SetAttributeDialogProps {
  documents: readonly DocumentRecord[];
  definitions: readonly AttributeDefinition[];
  onClose(): void;
}

export function SetAttributeDialog({ documents, definitions, onClose }: SetAttributeDialogProps) {
  const { setField, setAttribute } = useDocumentEdits();
  const [target, setTarget] = useState<string>(definitions[0] ? `attr:${definitions[0].name}` : NEW);
  const [newName, setNewName] = useState('');
  const [newType, setNewType] = useState<AttributeType>('text');
  const [value, setValue] = useState('');
  const [checked, setChecked] = useState(true);
  // A problem is said on the field it is about: the new attribute's name, or the value.
  const [error, setError] = useState<{ field: 'name' | 'value'; message: string } | null>(null);
  const errorId = useId();
  const describedBy = (field: 'name' | 'value') => (error?.field === field ? { 'aria-invalid': true, 'aria-describedby': errorId } : {});

  const definition = target.startsWith('attr:') ? definitions.find((d) => d.name === target.slice(5)) : undefined;
  const type: AttributeType = target === NEW ? newType : definition ? definition.type : target === 'field:date' ? 'date' : 'text';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (target === NEW) {
      const problem = attributeNameProblem(newName, definitions);
      if (problem) return setError({ field: 'name', message: problem });
    }
    const parsed = type === 'boolean' ? ({ ok: true, value: checked } as const) : parseAttributeInput(value, type);
    if (!parsed.ok) return setError({ field: 'value', message: parsed.error });
    if (target.startsWith('field:')) await setField(documents, target.slice(6) as EditableField, value);
    else if (target === NEW) await setAttribute(documents, newName.trim(), parsed.value, newType, true);
    else await setAttribute(documents, definition!.name, parsed.value, definition!.type);
    onClose();
  };

  const count = documents.length === 1 ? '1 document' : `${documents.length} documents`;
  return (
    <Dialog title={`Set an attribute of ${count}`} onClose={onClose}>
      <form onSubmit={(event) => void submit(event)}>
        <SelectField
          label="Attribute"
          value={target}
          options={[
            ...definitions.map((d) => ({ value: `attr:${d.name}`, label: `${d.name} (${TYPE_LABELS[d.type].toLowerCase()})`, section: 'Attributes' })),
            ...FIELDS.map((f) => ({ value: `field:${f}`, label: FIELD_NAMES[f], section: 'Document fields' })),
            { value: NEW, label: 'New attribute…' },
          ]}
          onChange={(next) => (setTarget(next), setError(null))}
        />
        {target === NEW ? (
          <>
            <label>
              Name of the new attribute
              <input value={newName} onChange={(event) => (setNewName(event.target.value), setError(null))} maxLength={100} {...describedBy('name')} />
            </label>
            <AttributeTypeSelect value={newType} onChange={setNewType} />
          </>
        ) : null}
        {type === 'boolean' ? (
          <label className="inline">
            <input type="checkbox" checked={checked} onChange={(event) => setChecked(event.target.checked)} />
            Value: yes
          </label>
        ) : (
          <label>
            Value {type === 'date' ? '(YYYY-MM-DD, YYYY-MM or YYYY)' : ''}
            <input
              value={value}
              inputMode={type === 'number' ? 'decimal' : undefined}
              {...describedBy('value')}
              onChange={(event) => (setValue(event.target.value), setError(null))}
            />
          </label>
        )}
        <p className="hint">Leave the value empty to clear it.</p>
        {error ? (
          <p id={errorId} role="alert" className="form-error">
            {error.message}
          </p>
        ) : null}
        <DialogActions onCancel={onClose}>
          <button type="submit">Set for {count}</button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
