// Whether something asks a question over the window: a modal dialog, or a menu or list opened over it
// (React Aria gives those popovers the dialog role too). The window's commands wait for it
// (commands/CommandContext.tsx), and so does a file the system hands over (files/useFilesFromSystem.ts).

/** Matches such a dialog, or (with `closest`) whatever is inside one. */
export const MODAL = 'dialog[open], [role="dialog"], [role="alertdialog"]';

export function modalOpen(): boolean {
  return document.querySelector(MODAL) !== null;
}
