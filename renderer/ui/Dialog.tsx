// A modal dialog on the native <dialog> element: focus moves in and is trapped by the browser, Escape
// closes it, and focus returns to where it was.
import { useEffect, useId, useRef, type ReactNode } from 'react';

interface DialogProps {
  title: string;
  onClose(): void;
  children: ReactNode;
  /** Set by dialogs that must be answered (Escape does nothing). */
  requireAnswer?: boolean;
}

export function Dialog({ title, onClose, children, requireAnswer = false }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const previouslyFocused = document.activeElement as HTMLElement | null;
    if (!dialog.open) dialog.showModal();
    return () => {
      if (dialog.open) dialog.close();
      previouslyFocused?.focus?.();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        if (!requireAnswer) onClose();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {children}
    </dialog>
  );
}

/** The row of buttons at the foot of a dialog: Cancel first, then the dialog's own actions. */
export function DialogActions({ onCancel, children }: { onCancel(): void; children: ReactNode }) {
  return (
    <div className="dialog-buttons">
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
      {children}
    </div>
  );
}

/** A form's error, announced as it appears. */
export function FormError({ message }: { message: string | null }) {
  return message ? (
    <p role="alert" className="form-error">
      {message}
    </p>
  ) : null;
}
