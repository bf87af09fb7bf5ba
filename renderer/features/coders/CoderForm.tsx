// A coder's name and colour: for a new coder, or to change the current one's.
import { useRef, useState, type FormEvent } from 'react';
import type { CoderRecord } from '../../../shared/model';
import { ColorChoice } from '../../ui/ColorChoice';
import { CODER_PALETTE } from '../../../shared/coders/coderColors';
import { coderNamed, isBlankCoderName, MAX_CODER_NAME_LENGTH, normalizeCoderName } from '../../../shared/coders/coderNames';
import { DialogActions, FormError } from '../../ui/Dialog';

interface CoderFormProps {
  initial: Pick<CoderRecord, 'name' | 'color'>;
  /** The other coders of the project: a name already taken is refused (two "Kim"s cannot be told apart). */
  others: readonly CoderRecord[];
  submitLabel: string;
  /** Saves the values: resolves to why they could not be saved (said in the form), or null once saved. */
  onSubmit(values: Pick<CoderRecord, 'name' | 'color'>): Promise<string | null>;
  onCancel(): void;
}

export function CoderForm({ initial, others, submitLabel, onSubmit, onCancel }: CoderFormProps) {
  const [name, setName] = useState(initial.name);
  const [color, setColor] = useState(initial.color);
  const [problem, setProblem] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  // One save at a time: a second click before the first is written would add the same coder twice,
  // under two ids (the list it is checked against has not caught up yet). A ref, so that a click in
  // the same frame as the first sees it; the state draws the button as unavailable meanwhile.
  const savingNow = useRef(false);
  const [saving, setSaving] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (savingNow.current) return;
    const normalized = normalizeCoderName(name);
    if (isBlankCoderName(normalized)) return setProblem('Give the coder a name.');
    const taken = coderNamed(others, normalized);
    if (taken) return setProblem(`There is already a coder named ${taken.name} in this project: choose them from the list instead.`);
    savingNow.current = true;
    setSaving(true);
    setFailure(null);
    const why = await onSubmit({ name: normalized, color });
    // Once saved, the dialog closes and this form is gone; only a failure is left to show.
    if (why !== null) {
      savingNow.current = false;
      setFailure(why);
      setSaving(false);
    }
  };
  return (
    <form onSubmit={(event) => void submit(event)}>
      <label>
        Coder name
        <input
          autoFocus
          value={name}
          onChange={(event) => {
            setName(event.target.value);
            setProblem('');
          }}
          maxLength={MAX_CODER_NAME_LENGTH}
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
      <FormError message={failure} />
      <DialogActions onCancel={onCancel}>
        <button type="submit" aria-disabled={saving || undefined}>
          {submitLabel}
        </button>
      </DialogActions>
    </form>
  );
}
