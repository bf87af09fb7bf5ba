// The open document's information beside its text: title, author, date, source and URL, its
// attributes as typed inputs, and how it was imported (format, encoding). A field is saved when the
// researcher leaves it or presses Enter; Escape puts back what was there.
import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { AttributeDefinition, AttributeValue, DocumentRecord } from '../../../shared/model';
import { listAttributeDefinitions } from '../../db/attributes';
import { ShowOriginalButton } from './ShowOriginalButton';
import { useProject } from '../projects/ProjectContext';
import { inputText, parseAttributeInput } from './attributeInput';
import { FIELD_NAMES, useDocumentEdits, type EditableField } from './useDocumentEdits';
import './metadata.css';

const FIELDS: EditableField[] = ['title', 'author', 'date', 'source', 'url'];

export function DocumentInfoPanel({ document: doc }: { document: DocumentRecord }) {
  const { db } = useProject();
  const { setField, setAttribute } = useDocumentEdits();
  const definitions = useLiveQuery(() => listAttributeDefinitions(db), [db]) ?? [];
  const [open, setOpen] = useState(true);
  const bodyId = useId();
  const { encoding, ...otherFacts } = doc.extraction;

  return (
    <section className="panel document-info" aria-labelledby={`${bodyId}-heading`}>
      <h3 id={`${bodyId}-heading`}>
        <button type="button" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen(!open)}>
          Document info
        </button>
      </h3>
      <div id={bodyId} hidden={!open}>
        {FIELDS.map((field) => (
          <DraftInput
            key={field}
            label={FIELD_NAMES[field]}
            value={doc[field]}
            check={(text) => (field === 'date' ? dateProblem(text) : null)}
            onSave={(text) => void setField([doc], field, text)}
          />
        ))}
        {definitions.length ? <h4>Attributes</h4> : null}
        {definitions.map((definition) => (
          <AttributeField key={definition.name} definition={definition} value={doc.attributes[definition.name]} onSave={(value) => void setAttribute([doc], definition.name, value, definition.type)} />
        ))}
        <dl>
          <dt>Format</dt>
          <dd>{doc.format}</dd>
          <dt>File</dt>
          <dd>{doc.fileName}</dd>
          <dt>Encoding</dt>
          <dd>{encoding ?? 'not recorded'}</dd>
          {Object.entries(otherFacts).map(([name, value]) => (
            <FactRow key={name} name={name} value={value} />
          ))}
          <dt>Words</dt>
          <dd>{doc.words.toLocaleString()}</dd>
        </dl>
        <ShowOriginalButton doc={doc} />
      </div>
    </section>
  );
}

function FactRow({ name, value }: { name: string; value: string }) {
  return (
    <>
      <dt>{name}</dt>
      <dd>{value}</dd>
    </>
  );
}

function AttributeField({ definition, value, onSave }: { definition: AttributeDefinition; value: AttributeValue | undefined; onSave(value: AttributeValue): void }) {
  if (definition.type === 'boolean') {
    return (
      <label className="inline">
        <input type="checkbox" checked={value === true} onChange={(event) => onSave(event.target.checked)} />
        {definition.name}
      </label>
    );
  }
  return (
    <DraftInput
      label={definition.name}
      value={inputText(value)}
      numeric={definition.type === 'number'}
      placeholder={definition.type === 'date' ? 'YYYY-MM-DD' : undefined}
      check={(text) => {
        const parsed = parseAttributeInput(text, definition.type);
        return parsed.ok ? null : parsed.error;
      }}
      onSave={(text) => {
        const parsed = parseAttributeInput(text, definition.type);
        if (parsed.ok) onSave(parsed.value);
      }}
    />
  );
}

interface DraftInputProps {
  label: string;
  value: string;
  /** A number: typed as text all the same (a number input reads what it cannot parse as empty, and
   *  leaving the field would then clear the value), with the decimal keypad offered. */
  numeric?: boolean;
  placeholder?: string | undefined;
  /** The problem with a draft, or null when it can be saved. */
  check(text: string): string | null;
  onSave(text: string): void;
}

function DraftInput({ label, value, numeric = false, placeholder, check, onSave }: DraftInputProps) {
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();
  // A change from elsewhere (the library table, undo) shows here.
  useEffect(() => setDraft(value), [value]);
  const save = () => {
    if (draft === value) return setError(null);
    const problem = check(draft);
    setError(problem);
    if (!problem) onSave(draft);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') save();
    else if (event.key === 'Escape' && draft !== value) {
      event.stopPropagation();
      setDraft(value);
      setError(null);
    }
  };
  return (
    <label>
      {label}
      <input
        type="text"
        inputMode={numeric ? 'decimal' : undefined}
        value={draft}
        placeholder={placeholder}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={save}
        onKeyDown={onKeyDown}
      />
      {error ? (
        <span id={errorId} role="alert" className="form-error">
          {error}
        </span>
      ) : null}
    </label>
  );
}

/** Why a document's date as typed is refused (what to type instead), or null: the rule of a date attribute. */
function dateProblem(text: string): string | null {
  const parsed = parseAttributeInput(text, 'date');
  return parsed.ok ? null : parsed.error;
}
