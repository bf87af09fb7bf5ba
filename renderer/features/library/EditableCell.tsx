// What a table cell edited in place holds: the value shows as a button; Enter, F2 or a click turns it
// into an input of the attribute's type; Enter or leaving the cell saves, Escape cancels. Yes/no
// attributes are a checkbox, changed with Space like any other. The cell itself (a grid cell of the
// Library table) is the caller's; while the editor is open and has the focus the grid's arrow-key
// navigation is switched off, so that arrows move the caret in the text and not the focus to the next
// cell. An editor left holding a value it cannot save stays open with its message and what was typed,
// but gives the arrows back to the grid: otherwise they would move nowhere in the whole table.
import { useContext, useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { TableStateContext } from 'react-aria-components';
import type { AttributeType, AttributeValue } from '../../../shared/model';
import { inputText, parseAttributeInput } from '../metadata/attributeInput';
import { valueLabel } from './libraryRows';

interface EditableCellProps {
  /** What the cell is, for its accessible name: "leaning of “TV news”". */
  name: string;
  value: AttributeValue | undefined;
  type: AttributeType;
  onCommit(value: AttributeValue): Promise<void> | void;
}

export function EditableCell({ name, value, type, onCommit }: EditableCellProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const errorId = useId();
  const returnFocus = useRef(false);
  const grid = useContext(TableStateContext);
  const editing = draft !== null;
  const [focused, setFocused] = useState(false);

  useLayoutEffect(() => {
    if (editing) input.current?.select();
    else if (returnFocus.current) {
      returnFocus.current = false;
      button.current?.focus();
    }
  }, [editing]);

  useEffect(() => {
    if (!editing || !focused || !grid) return;
    grid.setKeyboardNavigationDisabled(true);
    return () => grid.setKeyboardNavigationDisabled(false);
  }, [editing, focused, grid]);

  if (type === 'boolean') {
    return <input type="checkbox" aria-label={name} checked={value === true} onChange={(event) => void onCommit(event.target.checked)} />;
  }

  const finish = (save: boolean, focusBack: boolean) => {
    if (draft === null) return;
    // Opened and left as it was: nothing to save, even when the stored value does not fit the type
    // ("spring 2017" kept as text in a date attribute), which would otherwise hold the editor open.
    if (save && draft !== inputText(value)) {
      const parsed = parseAttributeInput(draft, type);
      if (!parsed.ok) {
        setError(parsed.error);
        return;
      }
      if (parsed.value !== (value ?? null)) void onCommit(parsed.value);
    }
    returnFocus.current = focusBack;
    setError(null);
    setDraft(null);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // The keys typed into the editor are the editor's: the grid around it must not select rows
    // (Space, Ctrl+A) or jump to a row by its first letter.
    if (event.key !== 'Tab') event.stopPropagation();
    if (event.key === 'Enter') {
      event.preventDefault();
      finish(true, true);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      finish(false, true);
    }
  };

  if (editing) {
    return (
      <span className="cell-editor">
        <input
          ref={input}
          aria-label={name}
          // Text, not type=number: a number input silently empties what it cannot read, and the
          // researcher should be told instead.
          type="text"
          inputMode={type === 'number' ? 'decimal' : undefined}
          placeholder={type === 'date' ? 'YYYY-MM-DD' : undefined}
          value={draft}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={onKeyDown}
          onFocus={() => setFocused(true)}
          onBlur={() => {
            setFocused(false);
            finish(true, false);
          }}
        />
        {error ? (
          <span id={errorId} role="alert" className="cell-error">
            {error}
          </span>
        ) : null}
      </span>
    );
  }

  const shown = valueLabel(value);
  return (
    <button
      ref={button}
      type="button"
      className="cell-button"
      aria-label={`Edit ${name}${shown ? `, now ${shown}` : ', empty'}`}
      title={shown || undefined}
      onClick={() => setDraft(inputText(value))}
      onKeyDown={(event) => {
        if (event.key === 'F2') setDraft(inputText(value));
      }}
    >
      {shown}
    </button>
  );
}
