// Asks for a project's name (a new project, a rename). A name that cannot be taken is refused inside the
// dialog, which says why and keeps what was typed, so the researcher corrects it rather than types it
// again (a press of the button that did nothing would leave them guessing).
import { useState, type FormEvent } from 'react';
import { Dialog, DialogActions, FormError } from '../../ui/Dialog';

interface NameDialogProps {
  title: string;
  label: string;
  initial: string;
  submitLabel: string;
  /** Why this name (trimmed) cannot be taken, or null. */
  problemWith?(name: string): string | null;
  onSubmit(name: string): void;
  onClose(): void;
}

export function NameDialog({ title, label, initial, submitLabel, problemWith, onSubmit, onClose }: NameDialogProps) {
  const [name, setName] = useState(initial);
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    const refused = trimmed ? (problemWith?.(trimmed) ?? null) : 'Give the project a name.';
    if (refused) return setProblem(refused);
    onSubmit(trimmed);
    onClose();
  };
  return (
    <Dialog title={title} onClose={onClose}>
      <form onSubmit={submit}>
        <label>
          {label}
          <input
            autoFocus
            value={name}
            onChange={(event) => {
              setName(event.target.value);
              setProblem(null);
            }}
            required
            maxLength={200}
            aria-invalid={problem ? true : undefined}
          />
        </label>
        <FormError message={problem} />
        <DialogActions onCancel={onClose}>
          <button type="submit">{submitLabel}</button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
