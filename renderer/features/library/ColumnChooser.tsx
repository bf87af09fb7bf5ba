// Which fields and attributes the library shows as columns, and a way to add a new attribute.
import { useState } from 'react';
import type { AttributeDefinition } from '../../../shared/model';
import { attributeColumn, FIELD_COLUMNS, FIELD_LABELS, type ColumnId } from './libraryRows';
import { NewAttributeDialog } from '../metadata/NewAttributeDialog';
import { TYPE_LABELS } from '../metadata/attributeInput';

interface ColumnChooserProps {
  definitions: readonly AttributeDefinition[];
  columns: readonly ColumnId[];
  onChange(columns: ColumnId[]): void;
}

export function ColumnChooser({ definitions, columns, onChange }: ColumnChooserProps) {
  const [adding, setAdding] = useState(false);
  const all: Array<{ id: ColumnId; label: string }> = [
    ...FIELD_COLUMNS.map((f) => ({ id: f as ColumnId, label: FIELD_LABELS[f] })),
    ...definitions.map((d) => ({ id: attributeColumn(d.name), label: `${d.name} (${TYPE_LABELS[d.type].toLowerCase()})` })),
  ];
  const toggle = (id: ColumnId, on: boolean) => {
    const chosen = new Set(columns);
    if (on) chosen.add(id);
    else chosen.delete(id);
    // Keep a stable order: fields first, then attributes by name.
    onChange(all.map((c) => c.id).filter((c) => chosen.has(c)));
  };
  return (
    <fieldset className="column-chooser">
      <legend>Columns</legend>
      {all.map((column) => (
        <label key={column.id} className="inline">
          <input type="checkbox" checked={columns.includes(column.id)} onChange={(event) => toggle(column.id, event.target.checked)} />
          {column.label}
        </label>
      ))}
      <button type="button" onClick={() => setAdding(true)}>
        New attribute…
      </button>
      {adding ? (
        <NewAttributeDialog
          definitions={definitions}
          onAdded={(name) => onChange([...columns, attributeColumn(name)])}
          onClose={() => setAdding(false)}
        />
      ) : null}
    </fieldset>
  );
}
