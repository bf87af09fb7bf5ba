// A modal dialog (React Aria's Modal and Dialog): focus moves in and stays there, the rest of the
// window is inert, Escape closes it, and focus returns to where it was (or, when that control is gone,
// to its neighbour: focusAfterOpenerGone).
import type { ReactNode } from 'react';
import { Dialog as AriaDialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useFocusAfterOpenerGone } from './focusAfterOpenerGone';

interface DialogProps {
  title: string;
  onClose(): void;
  children: ReactNode;
}

export function Dialog({ title, onClose, children }: DialogProps) {
  useFocusAfterOpenerGone();
  return (
    <ModalOverlay
      className="modal-overlay"
      isOpen
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
    >
      <Modal className="dialog-modal">
        <AriaDialog className="dialog">
          <Heading slot="title" level={2}>
            {title}
          </Heading>
          {children}
        </AriaDialog>
      </Modal>
    </ModalOverlay>
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

/**
 * Asks before deleting: what goes with it (`summary`; `waiting` while that is worked out, when Delete
 * cannot be pressed yet), then Cancel or Delete. Delete closes the dialog, then deletes.
 */
export function ConfirmDeleteDialog({ title, summary, waiting, onConfirm, onClose }: { title: string; summary: string | null; waiting: string; onConfirm(): void; onClose(): void }) {
  return (
    <Dialog title={title} onClose={onClose}>
      <p>{summary ?? waiting}</p>
      <DialogActions onCancel={onClose}>
        <button
          type="button"
          className="danger"
          disabled={summary === null}
          onClick={() => {
            onClose();
            onConfirm();
          }}
        >
          Delete
        </button>
      </DialogActions>
    </Dialog>
  );
}

/** A form's error, announced as it appears; `id` lets the field it is about point at it (aria-describedby). */
export function FormError({ message, id }: { message: string | null; id?: string }) {
  return message ? (
    <p id={id} role="alert" className="form-error">
      {message}
    </p>
  ) : null;
}
