// The dialogs that only tell: a refusal (a file not imported or not opened, with every reason) or the
// report of what was done. Close is their one button and has the focus, so Enter or Escape dismisses.
import type { ReactNode } from 'react';
import { Dialog } from './Dialog';

export function NoticeDialog({ title, onClose, children }: { title: string; onClose(): void; children: ReactNode }) {
  return (
    <Dialog title={title} onClose={onClose}>
      {children}
      <div className="dialog-buttons">
        <button type="button" autoFocus onClick={onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}

/**
 * A refusal, announced as it appears. The message's first line says what was refused; each further
 * line (written "• reason" by shared/projectFile/problems) is listed as one reason.
 */
export function RefusalDialog({ title, message, onClose }: { title: string; message: string; onClose(): void }) {
  const [first, ...reasons] = message.split('\n');
  return (
    <NoticeDialog title={title} onClose={onClose}>
      <div role="alert">
        <p>{first}</p>
        {reasons.length ? (
          <ul aria-label="What is wrong">
            {reasons.map((reason) => (
              <li key={reason}>{reason.replace(/^• /u, '')}</li>
            ))}
          </ul>
        ) : null}
      </div>
    </NoticeDialog>
  );
}
