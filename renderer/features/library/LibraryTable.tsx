// The library as a table: one row per document with a checkbox for bulk actions, its title (opens it
// for coding), format, words, codings and the columns the researcher chose, each editable in place.
// Rows are memoized: selecting one or editing a cell re-renders that row, not a thousand.
import { memo } from 'react';
import { useProgressiveCount } from './useProgressiveCount';
import type { AttributeType, AttributeValue, DocumentRecord } from '../../../shared/model';
import { EditableCell } from './EditableCell';
import { ShowOriginalButton } from '../metadata/ShowOriginalButton';
import { cellValue, FIELD_LABELS, type ColumnId, type FieldColumn, type LibraryRow, type SortOrder } from './libraryRows';

export interface RowActions {
  onOpen(docId: string): void;
  onToggle(docId: string): void;
  onEdit(doc: DocumentRecord, column: ColumnId, value: AttributeValue, type: AttributeType): void;
}

interface LibraryTableProps {
  rows: readonly LibraryRow[];
  columns: readonly ColumnId[];
  types: ReadonlyMap<string, AttributeType>;
  sort: SortOrder | null;
  onSort(column: ColumnId): void;
  selected: ReadonlySet<string>;
  onSelectAll(select: boolean): void;
  actions: RowActions;
}

export function columnLabel(column: ColumnId): string {
  if (column.startsWith('attr:')) return column.slice(5);
  if (column in FIELD_LABELS) return FIELD_LABELS[column as FieldColumn];
  return { title: 'Title', format: 'Format', words: 'Words', codings: 'Codings' }[column as 'title' | 'format' | 'words' | 'codings'];
}

export function LibraryTable({ rows, columns, types, sort, onSort, selected, onSelectAll, actions }: LibraryTableProps) {
  const rendered = useProgressiveCount(rows.length);
  const allSelected = rows.length > 0 && rows.every((r) => selected.has(r.doc.id));
  const header = (column: ColumnId, numeric = false) => (
    <th key={column} scope="col" aria-sort={sort?.column === column ? sort.direction : undefined} className={numeric ? 'numeric' : undefined}>
      <button type="button" className="sort-button" onClick={() => onSort(column)}>
        {columnLabel(column)}
        <span aria-hidden="true">{sort?.column === column ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}</span>
      </button>
    </th>
  );
  return (
    <table className="library-table">
      <caption className="visually-hidden">Documents of the project. Sort with the column headers; edit a cell with Enter.</caption>
      <thead>
        <tr>
          <th scope="col">
            <input type="checkbox" aria-label="Select all shown documents" checked={allSelected} onChange={(event) => onSelectAll(event.target.checked)} />
          </th>
          {header('title')}
          {header('format')}
          {header('words', true)}
          {header('codings', true)}
          {columns.map((column) => header(column, column.startsWith('attr:') && types.get(column.slice(5)) === 'number'))}
          <th scope="col">Original</th>
        </tr>
      </thead>
      <tbody>
        {rows.slice(0, rendered).map((row) => (
          <LibraryRowView key={row.doc.id} row={row} columns={columns} types={types} selected={selected.has(row.doc.id)} actions={actions} />
        ))}
      </tbody>
    </table>
  );
}

interface RowProps {
  row: LibraryRow;
  columns: readonly ColumnId[];
  types: ReadonlyMap<string, AttributeType>;
  selected: boolean;
  actions: RowActions;
}

const LibraryRowView = memo(function LibraryRowView({ row, columns, types, selected, actions }: RowProps) {
  const { doc } = row;
  return (
    <tr className={selected ? "selected" : undefined}>
      <td>
        <input type="checkbox" aria-label={`Select ${doc.title}`} checked={selected} onChange={() => actions.onToggle(doc.id)} />
      </td>
      <th scope="row">
        <button type="button" className="title-button" onClick={() => actions.onOpen(doc.id)}>
          {doc.title}
        </button>
      </th>
      <td>{doc.format}</td>
      <td className="numeric">{doc.words.toLocaleString()}</td>
      <td className="numeric">{row.codings.toLocaleString()}</td>
      {columns.map((column) => {
        const type = column.startsWith('attr:') ? (types.get(column.slice(5)) ?? 'text') : column === 'date' ? 'date' : 'text';
        return (
          <EditableCell
            key={column}
            name={`${columnLabel(column)} of ${doc.title}`}
            value={cellValue(row, column)}
            type={type}
            onCommit={(value) => actions.onEdit(doc, column, value, type)}
          />
        );
      })}
      <td>
        <ShowOriginalButton doc={doc} label={`Show original of ${doc.title}`} />
      </td>
    </tr>
  );
});
