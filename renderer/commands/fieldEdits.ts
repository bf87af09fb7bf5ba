// A text field's own undo and redo, asked for through the window's Undo and Redo commands from the
// native menu. On macOS that is how Cmd+Z reaches a plain field at all (the browser takes back a field's
// typing there only through the application menu's Undo item), and on every system a researcher who
// picks Edit › Undo while typing means the typing.
import { getNearestEditorFromDOMNode, REDO_COMMAND, UNDO_COMMAND } from 'lexical';
import type { CommandId } from '../../shared/commands/commandTable';
import { isTextField } from './textFields';

export type FieldEdit = 'undo' | 'redo';

/** The commands that mean the focused field's own edit while a text field has the focus. */
export function isFieldEdit(id: CommandId): id is FieldEdit {
  return id === 'undo' || id === 'redo';
}

export function textFieldHasFocus(): boolean {
  return isTextField(document.activeElement);
}

/** Undoes or redoes the typing in the focused text field; false when no text field has the focus. */
export function editFocusedField(edit: FieldEdit): boolean {
  const focused = document.activeElement;
  if (!focused || !isTextField(focused)) return false;
  // A Lexical editor (a memo) keeps its own history, which the browser's undo does not reach.
  const editor = getNearestEditorFromDOMNode(focused);
  if (editor) editor.dispatchCommand(edit === 'undo' ? UNDO_COMMAND : REDO_COMMAND, undefined);
  else document.execCommand(edit);
  return true;
}
