// Keys that act on the focused row of a list or tree (a code in the code tree), not commands of the
// window: they are not in the command table, so the window's key handler never takes them from a
// text field, but they are matched and written out as its keys are, per platform.
import type { Accelerator } from './commandTable';
import { matchesAccelerator, type KeyPress } from './shortcuts';

/**
 * Deleting the focused row: Delete; on macOS Cmd+Backspace, as in the Finder, since a Mac's keyboard
 * has no forward Delete key (Backspace alone is too easily pressed to delete with).
 */
export const DELETE_ROW_KEY: { readonly other: Accelerator; readonly mac: Accelerator } = { other: 'Delete', mac: 'Cmd+Backspace' };

/** The key that deletes a row on this platform, to show. */
export function deleteRowKey(isMac: boolean): Accelerator {
  return isMac ? DELETE_ROW_KEY.mac : DELETE_ROW_KEY.other;
}

/** Whether the press deletes the row: the platform's key, and on macOS a full keyboard's forward Delete too. */
export function isDeleteRowKey(press: KeyPress, isMac: boolean): boolean {
  return matchesAccelerator(press, deleteRowKey(isMac), isMac) || (isMac && matchesAccelerator(press, DELETE_ROW_KEY.other, isMac));
}
