// One table for every analysis result (Compare's grid, co-occurrence, hits in context, distinctive
// words, counts by group): a caption, a header row, a row header where the row has a name. Long tables
// (corpus search can find 10,000 hits) are drawn a screenful at a time (@tanstack/react-virtual)
// inside their own scroller, with spacer rows above and below, so the table keeps its roles and its
// sticky header; aria-rowcount and aria-rowindex tell a screen reader where a row stands in the whole.
// Arrow up and down move between rows, drawing the next one first, so the keyboard reaches every row.
import { Fragment, useLayoutEffect, useRef, type CSSProperties, type KeyboardEvent, type ReactNode } from 'react';
import { useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { useFocusedItem, type FocusedItem } from './useFocusedItem';

export interface ResultColumn<Row> {
  key: string;
  header: ReactNode;
  /** The cell that names the row (a `th scope="row"`). */
  rowHeader?: boolean;
  className?: string;
  cell(row: Row, index: number): ReactNode;
  /** Heatmap shading of the cell, 0 to 1 (the number stays its text). */
  heat?(row: Row, index: number): number;
  style?(row: Row, index: number): CSSProperties;
}

interface Props<Row> {
  caption: string;
  /** The caption for screen readers only (the place says it in another way). */
  captionHidden?: boolean;
  className?: string;
  columns: ReadonlyArray<ResultColumn<Row>>;
  rows: readonly Row[];
  rowKey(row: Row, index: number): string;
  /**
   * Every row drawn, however many: for a table hidden to the eye (a chart's numbers for screen
   * readers), which cannot be scrolled to draw more.
   */
  whole?: boolean;
}

/** Tables up to this many rows are drawn whole: their rows cost less than a scroller of their own. */
export const DRAWN_WHOLE = 150;
/** A first guess of a row's height (px); each drawn row is then measured. */
const ROW_ESTIMATE = 30;

export function ResultTable<Row>(props: Props<Row>) {
  return props.rows.length > DRAWN_WHOLE && !props.whole ? <VirtualTable {...props} /> : <TableFrame {...props}>{props.rows.map((row, i) => <ResultRow key={props.rowKey(row, i)} columns={props.columns} row={row} index={i} />)}</TableFrame>;
}

function TableFrame<Row>({ caption, captionHidden, className, columns, rows, children, onKeyDown }: Props<Row> & { children: ReactNode; onKeyDown?(event: KeyboardEvent): void }) {
  return (
    <table className={className ?? 'compare-table'} aria-rowcount={rows.length + 1}>
      <caption className={captionHidden ? 'visually-hidden' : undefined}>{caption}</caption>
      <thead>
        <tr aria-rowindex={1}>
          {columns.map((column) => (
            <th key={column.key} scope="col" className={column.className}>
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody onKeyDown={onKeyDown}>{children}</tbody>
    </table>
  );
}

interface RowProps<Row> {
  columns: ReadonlyArray<ResultColumn<Row>>;
  row: Row;
  index: number;
  measure?: Virtualizer<HTMLDivElement, Element>['measureElement'];
  focus?: ReturnType<FocusedItem['focusProps']>;
}

function ResultRow<Row>({ columns, row, index, measure, focus }: RowProps<Row>) {
  return (
    <tr ref={measure} data-index={index} aria-rowindex={index + 2} {...focus}>
      {columns.map((column) => {
        const heat = column.heat?.(row, index);
        const style = heat === undefined ? column.style?.(row, index) : { ...column.style?.(row, index), ['--heat' as string]: (Number.isFinite(heat) ? heat : 0).toFixed(3) };
        const className = heat === undefined ? column.className : `compare-cell ${column.className ?? ''}`.trim();
        return column.rowHeader ? (
          <th key={column.key} scope="row" className={className} style={style}>
            {column.cell(row, index)}
          </th>
        ) : (
          <td key={column.key} className={className} style={style}>
            {column.cell(row, index)}
          </td>
        );
      })}
    </tr>
  );
}

const FOCUSABLE = 'button, input, select, a[href], [tabindex]';

function VirtualTable<Row>(props: Props<Row>) {
  const { rows, rowKey, columns } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const focus = useFocusedItem();
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_ESTIMATE, overscan: 10, getItemKey: (i) => rowKey(rows[i]!, i), rangeExtractor: focus.rangeExtractor });
  const items = virtualizer.getVirtualItems();
  const after = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  // Where the keyboard goes once the row it moves to is drawn: [row index, cell index].
  const pending = useRef<[number, number] | null>(null);
  const focusCell = (index: number, cell: number): boolean => {
    const target = scroller.current?.querySelector<HTMLTableRowElement>(`tr[data-index="${index}"]`)?.cells[cell];
    const focusable = target?.matches(FOCUSABLE) ? target : target?.querySelector<HTMLElement>(FOCUSABLE);
    focusable?.focus();
    return Boolean(focusable);
  };
  useLayoutEffect(() => {
    if (pending.current && focusCell(...pending.current)) pending.current = null;
  });
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const cell = (event.target as HTMLElement).closest('td, th') as HTMLTableCellElement | null;
    const row = cell?.parentElement as HTMLTableRowElement | null;
    if (!cell || !row?.dataset.index) return;
    // Keys pressed faster than rows are drawn go on from the row the focus is on its way to.
    const [from, column] = pending.current ?? [Number(row.dataset.index), cell.cellIndex];
    const next = from + (event.key === 'ArrowDown' ? 1 : -1);
    event.preventDefault();
    if (next < 0 || next >= rows.length) return;
    virtualizer.scrollToIndex(next, { align: 'auto' });
    // A row drawn already (the overscan) takes the focus now; another once it is drawn.
    pending.current = focusCell(next, column) ? null : [next, column];
  };
  return (
    <div ref={scroller} className="result-scroller">
      <TableFrame {...props} onKeyDown={onKeyDown}>
        {items.map((item, i) => {
          // A spacer stands for the rows not drawn before this one: those above the view, and those
          // between the focused row kept drawn out of sight and the rows in view.
          const gap = item.start - (i === 0 ? 0 : items[i - 1]!.end);
          return (
            <Fragment key={item.key}>
              {gap > 0 ? <tr aria-hidden="true" className="result-spacer" style={{ height: gap }} /> : null}
              <ResultRow columns={columns} row={rows[item.index]!} index={item.index} measure={virtualizer.measureElement} focus={focus.focusProps(item.index)} />
            </Fragment>
          );
        })}
        {after > 0 ? <tr aria-hidden="true" className="result-spacer" style={{ height: after }} /> : null}
      </TableFrame>
    </div>
  );
}
