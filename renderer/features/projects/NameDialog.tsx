// Asks for one name (a new project, a rename, the coder's name).
import { useState, type FormEvent } from 'react';
import { Dialog, DialogActions } from '../../ui/Dialog';

interface NameDialogProps {
  title: string;
  label: string;
  initial: string;
  submitLabel: string;
  onSubmit(name: string): void;
  onClose(): void;
}

export function NameDialog({ title, label, initial, submitLabel, onSubmit, onClose }: NameDialogProps) {
  const [name, setName] = useState(initial);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return;
    onSubmit(trimmed);
    onClose();
  };
  return (
    <Dialog title={title} onClose={onClose}>
      <form onSubmit={submit}>
        <label>
          {label}
          <input autoFocus value={name} onChange={(event) => setName(event.target.value)} required maxLength={200} />
        </label>
        <DialogActions onCancel={onClose}>
          <button type="submit">{submitLabel}</button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
