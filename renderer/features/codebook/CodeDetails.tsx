// The selected code's entry in the codebook: its name, colour, definition and the fields
// methodologists ask for (inclusion and exclusion criteria, an example), with how much it is used.
// No Save button and no dialog: a field saves when it loses the focus (the name also on Enter), each
// save one undoable operation; Escape in a field puts back what is saved.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { CodeRecord } from '../../../shared/model';
import type { CodeFields } from '../../../shared/codebook/codebookEdits';
import { usageText } from './CodeTree';
import { CODE_PALETTE } from '../../../shared/codebook/codeColors';
import { useCodeUsage } from '../counts/useCodingCounts';

type TextField = 'definition' | 'inclusion' | 'exclusion' | 'example';

const TEXT_FIELDS: ReadonlyArray<{ field: TextField; label: string; hint: string }> = [
  { field: 'definition', label: 'Definition', hint: 'What the code means.' },
  { field: 'inclusion', label: 'Inclusion criteria', hint: 'When to apply it.' },
  { field: 'exclusion', label: 'Exclusion criteria', hint: 'When not to, and which code to use instead.' },
  { field: 'example', label: 'Example', hint: 'A typical passage.' },
];

interface CodeDetailsProps {
  code: CodeRecord;
  /** Saves changed fields; resolves false when the change was refused (the field keeps the typed text). */
  onSave(patch: Partial<CodeFields>): Promise<boolean>;
  onNewSubcode(): void;
  onMerge(): void;
  onDelete(): void;
  /** Set when the tree asked to rename (F2): the name field takes the focus. */
  focusName: number;
  /** The rename asked for by F2 is over (the name saved with Enter, or given up with Escape). */
  onRenameDone?(): void;
}

export function CodeDetails({ code, onSave, onNewSubcode, onMerge, onDelete, focusName, onRenameDone }: CodeDetailsProps) {
  const id = useId();
  const usage = useCodeUsage(code.id);
  const nameRef = useRef<HTMLInputElement>(null);
  const colorRef = useRef<HTMLInputElement>(null);
  const [name, setName] = useState(code.name);
  const [nameError, setNameError] = useState<string | null>(null);
  useEffect(() => {
    setName(code.name);
    setNameError(null);
  }, [code.id, code.name]);

  // A rename started with F2 ends as in a file manager: Enter or Escape hands the focus back to the
  // tree. The field reached otherwise (Tab, a click) keeps it, on to the next field.
  const renamingFromTree = useRef(false);
  useEffect(() => {
    if (focusName > 0) {
      nameRef.current?.focus();
      nameRef.current?.select();
      renamingFromTree.current = true;
    }
  }, [focusName]);
  const endRename = () => {
    if (!renamingFromTree.current) return;
    renamingFromTree.current = false;
    onRenameDone?.();
  };

  // The picker's `change` fires once, when a colour is chosen; React's onChange fires on every
  // move inside the picker, which would log an operation per pixel.
  const save = useRef(onSave);
  save.current = onSave;
  useEffect(() => {
    const input = colorRef.current;
    if (!input) return;
    const commit = () => void save.current({ color: input.value });
    input.addEventListener('change', commit);
    return () => input.removeEventListener('change', commit);
  }, [code.id]);
  // A colour saved elsewhere (an undo) is put into the same field rather than a new one: a new field
  // would take the focus with it, and a keyboard user who had just chosen a colour would be sent back
  // to the top of the window.
  useEffect(() => {
    if (colorRef.current && colorRef.current.value !== code.color) colorRef.current.value = code.color;
  }, [code.color]);

  /** False when the name was refused (the field keeps it, marked, to be corrected). */
  const saveName = async (): Promise<boolean> => {
    if (name === code.name) return true;
    const ok = await onSave({ name });
    setNameError(ok ? null : 'This name cannot be used: see the status line.');
    return ok;
  };

  return (
    <section className="code-details" aria-label={`Code details: ${code.name}`}>
      <p className="meta">{usageText(usage)}</p>
      <label htmlFor={`${id}-name`}>Name</label>
      <input
        id={`${id}-name`}
        ref={nameRef}
        value={name}
        aria-invalid={nameError ? true : undefined}
        aria-describedby={nameError ? `${id}-name-error` : undefined}
        onChange={(event) => setName(event.target.value)}
        onBlur={() => {
          renamingFromTree.current = false;
          void saveName();
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            void saveName().then((ok) => ok && endRename());
          } else if (event.key === 'Escape') {
            event.preventDefault();
            setName(code.name);
            setNameError(null);
            endRename();
          }
        }}
      />
      {nameError ? (
        <p id={`${id}-name-error`} className="field-error">
          {nameError}
        </p>
      ) : null}
      <label htmlFor={`${id}-color`}>Colour</label>
      {/* The palette's colours offered first in the picker: they stay apart for colour-blind readers. */}
      <input id={`${id}-color`} ref={colorRef} type="color" list={`${id}-palette`} defaultValue={code.color} key={code.id} />
      <datalist id={`${id}-palette`}>
        {CODE_PALETTE.map(({ name, color }) => (
          <option key={color} value={color} label={name} />
        ))}
      </datalist>
      {TEXT_FIELDS.map(({ field, label, hint }) => (
        <TextFieldEditor key={`${code.id}-${field}`} id={`${id}-${field}`} label={label} hint={hint} saved={code[field]} onSave={(value) => onSave({ [field]: value })} />
      ))}
      <div className="code-details-buttons">
        <button type="button" onClick={onNewSubcode}>
          New subcode
        </button>
        <button type="button" onClick={onMerge}>
          Merge into…
        </button>
        <button type="button" onClick={onDelete}>
          Delete…
        </button>
      </div>
    </section>
  );
}

function TextFieldEditor({ id, label, hint, saved, onSave }: { id: string; label: string; hint: string; saved: string; onSave(value: string): Promise<boolean> }) {
  const [value, setValue] = useState(saved);
  // A save elsewhere (undo, an import) shows here, unless the researcher is typing in the field.
  const editing = useRef(false);
  useEffect(() => {
    if (!editing.current) setValue(saved);
  }, [saved]);
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      setValue(saved);
    }
  };
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        rows={2}
        value={value}
        placeholder={hint}
        onFocus={() => (editing.current = true)}
        onChange={(event) => setValue(event.target.value)}
        onBlur={() => {
          editing.current = false;
          if (value !== saved) void onSave(value);
        }}
        onKeyDown={onKeyDown}
      />
    </>
  );
}
