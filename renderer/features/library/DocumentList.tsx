// The project's documents beside the text: open one to read and code it. Searched, filtered by
// attribute and set, and sorted as in the Library, with the same controls and the same state: what the
// researcher narrowed the Library to is what this list shows.
//
// A list on React Aria's GridList, virtualised like the Library's grid: only the rows in view are in
// the page, so a project of thousands of documents shows its list at once. Arrows, Home, End and
// typing a title move between rows; Enter or a click opens the document; the open one is marked
// (aria-current) and brought into view when it is opened from elsewhere.
import { memo, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { GridList, GridListItem, ListLayout, Text, Virtualizer } from 'react-aria-components';
import type { LibraryRow } from './libraryRows';
import { useShownRows } from './useShownRows';
import { LibraryFilters } from './LibraryFilters';
import { ListViewControls } from './ListViewControls';
import { useScrollKeptOnFocus } from '../../ui/scrollKeptOnFocus';
import { countOf } from '../../../shared/text/plural';
import './documentList.css';

interface DocumentListProps {
  openId: string | null;
  onOpen(docId: string): void;
}

/** Fixed, so the virtualiser places rows without measuring them: two lines of title and one of facts
 *  (documentList.css cuts a longer title, which the row's name and tooltip still give whole). */
const ROW_HEIGHT = 66;
const ROW_GAP = 4;

// Memoized: the window's own state changes (an import's report, a place's toolbar) re-render the
// workspace around the list, and React Aria rebuilds its collection of every document on each render
// (importing 1,000 documents, the report showed 89 ms after the last batch was written, 59 ms memoized).
export const DocumentList = memo(function DocumentList({ openId, onOpen }: DocumentListProps) {
  const { view, update, documents, rows: all, shown: rows, definitions, sets, activeSetId, filtered } = useShownRows();
  // Open from the start when the view is narrowed, so the researcher sees why documents are missing.
  const [viewOpen, setViewOpen] = useState(() => filtered || view.sort !== null || view.attributeFilter !== null || view.setId !== null || view.query !== '');
  const total = documents?.length ?? 0;
  const list = useRef<HTMLDivElement>(null);
  useOpenRowInView(list, rows, openId);
  const keepScroll = useScrollKeptOnFocus('.document-rows');
  return (
    <nav className="document-list" aria-labelledby="documents-heading" {...keepScroll}>
      <h2 id="documents-heading">Documents ({filtered ? `${rows.length} of ${total}` : total})</h2>
      {total > 0 ? (
        <details className="document-list-view" open={viewOpen} onToggle={(event) => setViewOpen(event.currentTarget.open)}>
          <summary>Filter and sort</summary>
          <LibraryFilters
            query={view.query}
            onQuery={(query) => update('query', query)}
            definitions={definitions}
            rows={all}
            filter={view.attributeFilter}
            onFilter={(filter) => update('attributeFilter', filter)}
          />
          <ListViewControls definitions={definitions} sets={sets} setId={activeSetId} onSet={(id) => update('setId', id)} sort={view.sort} onSort={(sort) => update('sort', sort)} />
        </details>
      ) : null}
      {documents && total === 0 ? <p className="hint">No documents yet. Import some, or drop files or folders on the window.</p> : null}
      {total > 0 && rows.length === 0 ? <p className="hint">No document matches the filters.</p> : null}
      {rows.length > 0 ? (
        <Virtualizer layout={ListLayout} layoutOptions={{ rowHeight: ROW_HEIGHT, gap: ROW_GAP }}>
          <GridList
            ref={list}
            aria-labelledby="documents-heading"
            className="document-rows"
            items={rows}
            // Rendered rows are kept until these change: the open mark and the opener are read in them.
            dependencies={[openId, onOpen]}
            onAction={(key) => onOpen(String(key))}
          >
            {(row) => (
              <GridListItem id={row.doc.id} textValue={row.doc.title} className="document-row">
                <DocumentRow row={row} open={row.doc.id === openId} />
              </GridListItem>
            )}
          </GridList>
        </Virtualizer>
      ) : null}
    </nav>
  );
});

function DocumentRow({ row: { doc, codings }, open }: { row: LibraryRow; open: boolean }) {
  const anchor = useRef<HTMLSpanElement>(null);
  // React Aria's GridListItem passes no aria-current on to its row: set it on the row itself, at every
  // render, as the virtualiser may hand this row's element to another document.
  useLayoutEffect(() => {
    const rowElement = anchor.current?.closest('[role="row"]');
    if (open) rowElement?.setAttribute('aria-current', 'page');
    else rowElement?.removeAttribute('aria-current');
  });
  return (
    <>
      <span ref={anchor} hidden />
      <span className="doc-title" title={doc.title}>
        {doc.title}
      </span>
      {/* The row's description: its name is the title, and a screen reader hears these facts after it. */}
      <Text slot="description" className="meta">
        {doc.format} · {doc.words.toLocaleString()} words · {countOf(codings, 'coding')}
      </Text>
    </>
  );
}

/** Scrolls the list, once each time a document is opened, so that its row is in view: a document
 *  opened from the Library, a memo or a passage shows where it stands. Rows are not all in the page,
 *  so the row's place is reckoned from the fixed row height rather than found and scrolled to. */
function useOpenRowInView(list: RefObject<HTMLDivElement | null>, rows: readonly LibraryRow[], openId: string | null) {
  const shown = useRef<string | null>(null);
  const index = openId ? rows.findIndex((row) => row.doc.id === openId) : -1;
  useLayoutEffect(() => {
    if (!openId || index < 0 || shown.current === openId) return;
    const top = index * (ROW_HEIGHT + ROW_GAP);
    const bottom = top + ROW_HEIGHT;
    // The virtualiser gives its content a height after measuring the list, a frame or so after the
    // list appears: scrolled before that, the list would stop short at its top.
    let frame = 0;
    let tries = 0;
    const scroll = () => {
      const scroller = list.current;
      if (!scroller) return;
      if (scroller.scrollHeight < bottom && tries++ < MAX_FRAMES_TO_SIZE) {
        frame = requestAnimationFrame(scroll);
        return;
      }
      shown.current = openId;
      if (top < scroller.scrollTop) scroller.scrollTop = top;
      else if (bottom > scroller.scrollTop + scroller.clientHeight) scroller.scrollTop = bottom - scroller.clientHeight;
    };
    scroll();
    return () => cancelAnimationFrame(frame);
  }, [list, index, openId]);
}

/** How long to wait for the list to be sized before scrolling it anyway. */
const MAX_FRAMES_TO_SIZE = 30;
