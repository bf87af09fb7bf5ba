// A coder's name and colour: for a new coder, or to change the current one's.
import { useState, type FormEvent } from 'react';
import type { CoderRecord } from '../../../shared/model';
import { ColorChoice } from '../../ui/ColorChoice';
import { CODER_PALETTE } from '../../../shared/coders/coderColors';
import { DialogActions } from '../../ui/Dialog';

interface CoderFormProps {
  initial: Pick<CoderRecord, 'name' | 'color'>;
  /** The other coders of the project: a name already taken is refused (two "Kim"s cannot be told apart). */
  others: readonly CoderRecord[];
  submitLabel: string;
  onSubmit(values: Pick<CoderRecord, 'name' | 'color'>): void;
  onCancel(): void;
}

export function CoderForm({ initial, others, submitLabel, onSubmit, onCancel }: CoderFormProps) {
  const [name, setName] = useState(initial.name);
  const [color, setColor] = useState(initial.color);
  const [problem, setProblem] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return setProblem('Give the coder a name.');
    const taken = others.find((c) => c.name.localeCompare(trimmed, undefined, { sensitivity: 'accent' }) === 0);
    if (taken) return setProblem(`There is already a coder named ${taken.name} in this project: choose them from the list instead.`);
    onSubmit({ name: trimmed, color });
  };
  return (
    <form onSubmit={submit}>
      <label>
        Coder name
        <input
          autoFocus
          value={name}
          onChange={(event) => {
            setName(event.target.value);
            setProblem('');
          }}
          maxLength={100}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? 'coder-form-problem' : undefined}
        />
      </label>
      {problem ? (
        <p id="coder-form-problem" className="form-problem" role="alert">
          {problem}
        </p>
      ) : null}
      <ColorChoice value={color} onChange={setColor} options={CODER_PALETTE} />
      <DialogActions onCancel={onCancel}>
        <button type="submit">{submitLabel}</button>
      </DialogActions>
    </form>
  );
}
