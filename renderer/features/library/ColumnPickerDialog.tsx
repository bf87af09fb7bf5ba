// Spreadsheets of survey answers: for each .csv/.xlsx in a batch, the researcher picks the column that
// holds the text (each row becomes a document, the other columns its attributes) and, if there is
// one, a column of titles. The first rows are shown so the choice is made on the data, not on names.
import { useState, type FormEvent } from 'react';
import type { TableChoice, TablePreview } from '../../../shared/ipc';
import { Dialog } from '../../ui/Dialog';
import { SelectField } from '../../ui/SelectField';
import type { TablePick } from './useTablePick';

export function ColumnPickerDialog({ pick }: { pick: TablePick }) {
  const previews = pick.tables.flatMap((t) => ('preview' in t ? [t] : []));
  const [choices, setChoices] = useState<Record<string, TableChoice>>(() =>
    Object.fromEntries(previews.map(({ path, preview }) => [path, { textColumn: likelyTextColumn(preview) }])),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    pick.resolve(choices);
  };
  const choose = (path: string, choice: TableChoice) => setChoices((all) => ({ ...all, [path]: choice }));
  return (
    <Dialog title="Choose the text column of each spreadsheet" onClose={() => pick.resolve(null)}>
      <form onSubmit={submit} className="column-picker">
        <p className="hint">Each row becomes a document; the other columns become its attributes.</p>
        {pick.tables.map((table) =>
          'preview' in table ? (
            <TableChoiceFields key={table.path} preview={table.preview} choice={choices[table.path]!} onChange={(c) => choose(table.path, c)} />
          ) : (
            <p key={table.path} role="alert">
              <strong>{table.fileName}</strong> cannot be previewed: {table.error} It will be listed as not imported.
            </p>
          ),
        )}
        <div className="dialog-buttons">
          <button type="button" onClick={() => pick.resolve(null)}>
            Cancel import
          </button>
          <button type="submit">Import</button>
        </div>
      </form>
    </Dialog>
  );
}

function TableChoiceFields({ preview, choice, onChange }: { preview: TablePreview; choice: TableChoice; onChange(choice: TableChoice): void }) {
  return (
    <fieldset>
      <legend>
        {preview.fileName} ({preview.rowCount.toLocaleString()} {preview.rowCount === 1 ? 'row' : 'rows'})
      </legend>
      <SelectField
        label={`Text column of ${preview.fileName}`}
        value={choice.textColumn}
        options={preview.columns.map((column) => ({ value: column, label: column }))}
        onChange={(textColumn) => onChange({ ...choice, textColumn })}
      />
      <SelectField
        label={`Title column of ${preview.fileName}`}
        value={choice.titleColumn ?? ''}
        options={[{ value: '', label: 'None: number the rows' }, ...preview.columns.map((column) => ({ value: column, label: column }))]}
        onChange={(titleColumn) => onChange(titleColumn ? { ...choice, titleColumn } : { textColumn: choice.textColumn })}
      />
      <div className="table-preview">
        <table>
          <caption>First rows of {preview.fileName}</caption>
          <thead>
            <tr>
              {preview.columns.map((column) => (
                <th key={column} scope="col" className={column === choice.textColumn ? 'chosen' : undefined}>
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((row, i) => (
              <tr key={i}>
                {row.map((cell, j) => (
                  <td key={j}>{cell.length > 120 ? `${cell.slice(0, 120)}…` : cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </fieldset>
  );
}

/** The column with the longest cells: open-ended answers are longer than ids, ages and scales. */
function likelyTextColumn(preview: TablePreview): string {
  let best = preview.columns[0] ?? '';
  let bestLength = -1;
  preview.columns.forEach((column, i) => {
    const length = preview.rows.reduce((sum, row) => sum + (row[i]?.length ?? 0), 0);
    if (length > bestLength) [best, bestLength] = [column, length];
  });
  return best;
}
