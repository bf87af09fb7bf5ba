// A table cell edited in place: the value shows as a button; Enter, F2 or a click turns it into an
// input of the attribute's type; Enter or leaving the cell saves, Escape cancels. Yes/no attributes
// are a checkbox, changed with Space like any other.
import { useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
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

  useLayoutEffect(() => {
    if (draft !== null) input.current?.select();
    else if (returnFocus.current) {
      returnFocus.current = false;
      button.current?.focus();
    }
  }, [draft !== null]);

  if (type === 'boolean') {
    return (
      <td>
        <input type="checkbox" aria-label={name} checked={value === true} onChange={(event) => void onCommit(event.target.checked)} />
      </td>
    );
  }

  const finish = (save: boolean, focusBack: boolean) => {
    if (draft === null) return;
    if (save) {
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
    if (event.key === 'Enter') {
      event.preventDefault();
      finish(true, true);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      finish(false, true);
    }
  };

  if (draft !== null) {
    return (
      <td className="editing">
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
          onBlur={() => finish(true, false)}
        />
        {error ? (
          <span id={errorId} role="alert" className="cell-error">
            {error}
          </span>
        ) : null}
      </td>
    );
  }

  const shown = valueLabel(value);
  return (
    <td className={type === 'number' ? 'numeric' : undefined}>
      <button
        ref={button}
        type="button"
        className="cell-button"
        aria-label={`Edit ${name}${shown ? `, now ${shown}` : ', empty'}`}
        onClick={() => setDraft(inputText(value))}
        onKeyDown={(event) => {
          if (event.key === 'F2') setDraft(inputText(value));
        }}
      >
        {shown}
      </button>
    </td>
  );
}
