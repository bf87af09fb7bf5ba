// The library as a grid (React Aria's Table): one row per document with a checkbox for bulk actions,
// its title (opens it for coding), format, words, codings and the columns the researcher chose, each
// editable in place. Virtualised: only the rows in view are in the page, so a project of thousands of
// documents opens and scrolls as fast as one of ten. Rows have one fixed height for that reason; a
// long value is cut to one line and read whole in the cell's name, its tooltip and its editor.
import { useMemo, type ReactNode, type SyntheticEvent } from 'react';
import { Cell, Checkbox, Column, Rect, Row, Table, TableBody, TableHeader, TableLayout, Virtualizer, type Selection, type SortDescriptor } from 'react-aria-components';
import type { AttributeType, AttributeValue, DocumentRecord } from '../../../shared/model';
import { EditableCell } from './EditableCell';
import { ShowOriginalButton } from '../metadata/ShowOriginalButton';
import { useScrollKeptOnFocus } from '../../ui/scrollKeptOnFocus';
import { cellValue, FIELD_LABELS, type ColumnId, type FieldColumn, type LibraryRow, type SortOrder } from './libraryRows';

export interface RowActions {
  onOpen(docId: string): void;
  onEdit(doc: DocumentRecord, column: ColumnId, value: AttributeValue, type: AttributeType): void;
}

interface LibraryTableProps {
  rows: readonly LibraryRow[];
  columns: readonly ColumnId[];
  types: ReadonlyMap<string, AttributeType>;
  sort: SortOrder | null;
  onSort(column: ColumnId): void;
  selected: ReadonlySet<string>;
  onSelect(selected: ReadonlySet<string>): void;
  actions: RowActions;
}

const ROW_HEIGHT = 34;
const HEADING_HEIGHT = 34;

/** Virtualises rows only: every cell of a row in view is in the page, whatever the sideways scroll,
 *  so that a screen reader reads whole rows and the browser's find sees every value. A library has
 *  tens of columns at most; it is the thousands of rows that must not all be drawn. */
class RowsLayout<T> extends TableLayout<T> {
  override getVisibleLayoutInfos(rect: Rect) {
    return super.getVisibleLayoutInfos(new Rect(0, rect.y, Math.max(rect.maxX, this.getContentSize().width), rect.height));
  }
}

/** A column of the grid: the fixed ones around the researcher's chosen ones. */
type GridColumn = { id: 'select' | 'original' } | { id: ColumnId };

export function columnLabel(column: ColumnId): string {
  if (column.startsWith('attr:')) return column.slice(5);
  if (column in FIELD_LABELS) return FIELD_LABELS[column as FieldColumn];
  return { title: 'Title', format: 'Format', words: 'Words', codings: 'Codings' }[column as 'title' | 'format' | 'words' | 'codings'];
}

/** Fixed widths, wider in sum than a small window: the grid then scrolls sideways inside its own area. */
function columnWidth(id: GridColumn['id']): number {
  switch (id) {
    case 'select':
      return 44;
    case 'title':
      return 300;
    case 'format':
    case 'words':
      return 90;
    case 'codings':
      return 100;
    case 'original':
      return 150;
    default:
      return 170;
  }
}

/** Holds a cell's own controls (a button, an editor, a checkbox). Their presses are theirs: without
 *  this the row would also take a click, or Enter and Space, as selecting it, and swallow the
 *  button's own action. Arrow keys still reach the grid, which moves between cells. */
function CellControls({ children }: { children: ReactNode }) {
  const own = (event: SyntheticEvent) => {
    if (event.target !== event.currentTarget) event.stopPropagation();
  };
  return (
    <span
      className="cell-controls"
      onPointerDown={own}
      onMouseDown={own}
      onClick={own}
      onKeyDown={(event) => {
        if (event.key === 'Enter' || event.key === ' ') own(event);
      }}
    >
      {children}
    </span>
  );
}

export function LibraryTable({ rows, columns, types, sort, onSort, selected, onSelect, actions }: LibraryTableProps) {
  const gridColumns = useMemo<GridColumn[]>(
    () => [{ id: 'select' }, ...(['title', 'format', 'words', 'codings', ...columns] as ColumnId[]).map((id) => ({ id })), { id: 'original' }],
    [columns],
  );
  const typeOf = (column: ColumnId): AttributeType =>
    column.startsWith('attr:') ? (types.get(column.slice(5)) ?? 'text') : column === 'date' ? 'date' : 'text';
  const numeric = (id: GridColumn['id']) => id === 'words' || id === 'codings' || (id.startsWith('attr:') && types.get(id.slice(5)) === 'number');

  const sortDescriptor: SortDescriptor | undefined = sort ? { column: sort.column, direction: sort.direction } : undefined;
  const onSelectionChange = (keys: Selection) => onSelect(new Set(keys === 'all' ? rows.map((r) => r.doc.id) : [...keys].map(String)));

  const cell = (row: LibraryRow, id: GridColumn['id']) => {
    const { doc } = row;
    switch (id) {
      case 'select':
        return (
          <Cell>
            <Checkbox slot="selection" className="row-checkbox">
              <span className="checkbox-box" aria-hidden="true" />
            </Checkbox>
          </Cell>
        );
      case 'title':
        return (
          <Cell className="title-cell">
            <CellControls>
              <button type="button" className="title-button" title={doc.title} onClick={() => actions.onOpen(doc.id)}>
                {doc.title}
              </button>
            </CellControls>
          </Cell>
        );
      case 'format':
        return <Cell>{doc.format}</Cell>;
      case 'words':
        return <Cell className="numeric">{doc.words.toLocaleString()}</Cell>;
      case 'codings':
        return <Cell className="numeric">{row.codings.toLocaleString()}</Cell>;
      case 'original':
        return (
          <Cell>
            <CellControls>
              <ShowOriginalButton doc={doc} label={`Show original of ${doc.title}`} />
            </CellControls>
          </Cell>
        );
      default: {
        const column = id as ColumnId;
        const type = typeOf(column);
        return (
          <Cell className={type === 'number' ? 'numeric' : undefined}>
            <CellControls>
              <EditableCell name={`${columnLabel(column)} of ${doc.title}`} value={cellValue(row, column)} type={type} onCommit={(value) => actions.onEdit(doc, column, value, type)} />
            </CellControls>
          </Cell>
        );
      }
    }
  };

  // Where the researcher scrolled to stays when a press brings the focus into the grid (a header clicked
  // at once after scrolling sideways to it sorted nothing: the grid jumped back under the pointer).
  const keepScroll = useScrollKeptOnFocus('[role="grid"]');

  return (
    <div className="library-grid" {...keepScroll}>
    <Virtualizer layout={RowsLayout} layoutOptions={{ rowHeight: ROW_HEIGHT, headingHeight: HEADING_HEIGHT }}>
      <Table
        aria-label="Documents"
        aria-describedby="library-table-help"
        className="library-table"
        selectionMode="multiple"
        selectedKeys={selected as Set<string>}
        onSelectionChange={onSelectionChange}
        sortDescriptor={sortDescriptor}
        onSortChange={(next) => onSort(String(next.column) as ColumnId)}
      >
        <TableHeader columns={gridColumns}>
          {(column) =>
            column.id === 'select' ? (
              <Column id="select" width={columnWidth('select')} className="select-column">
                <Checkbox slot="selection" aria-label="Select all shown documents" className="row-checkbox">
                  <span className="checkbox-box" aria-hidden="true" />
                </Checkbox>
              </Column>
            ) : column.id === 'original' ? (
              <Column id="original" width={columnWidth('original')}>
                Original
              </Column>
            ) : (
              <Column id={column.id} width={columnWidth(column.id)} isRowHeader={column.id === 'title'} allowsSorting className={numeric(column.id) ? 'numeric' : undefined}>
                {({ sortDirection }) => (
                  <>
                    {columnLabel(column.id as ColumnId)}
                    <span aria-hidden="true">{sortDirection === 'ascending' ? ' ▲' : sortDirection === 'descending' ? ' ▼' : ''}</span>
                  </>
                )}
              </Column>
            )
          }
        </TableHeader>
        <TableBody items={rows} dependencies={[gridColumns, types, actions]}>
          {(row) => (
            <Row id={row.doc.id} columns={gridColumns} className="library-row">
              {(column) => cell(row, column.id)}
            </Row>
          )}
        </TableBody>
      </Table>
    </Virtualizer>
    </div>
  );
}
