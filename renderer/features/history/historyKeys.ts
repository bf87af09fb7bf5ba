// Which key presses mean undo and redo, and where they belong to a text field instead: in an input or
// the memo editor, Ctrl+Z takes back typing (the field's own undo), not a change to the project.

export type HistoryCommand = 'undo' | 'redo';

interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** Ctrl/Cmd+Z undoes; Shift+Ctrl/Cmd+Z redoes, and so does Ctrl+Y on Windows and Linux. */
export function historyCommandOf(event: KeyPress, isMac: boolean): HistoryCommand | null {
  const command = isMac ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
  if (!command || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !isMac && !event.shiftKey) return 'redo';
  return null;
}

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'email', 'url', 'tel', 'password', 'number', '']);

/** Whether the element edits text: its own undo applies there. */
export function isTextField(element: Element | null): boolean {
  if (!element) return false;
  if (element instanceof HTMLTextAreaElement) return !element.readOnly;
  if (element instanceof HTMLInputElement) return TEXT_INPUT_TYPES.has(element.type) && !element.readOnly;
  return element instanceof HTMLElement && element.isContentEditable;
}

export function isMacPlatform(): boolean {
  return /Mac|iPhone|iPad/u.test(navigator.userAgent);
}
