// Every coded passage of the document, in text order: a way to reach each highlight from the
// keyboard, and an overview of what has been coded. A long document can carry thousands of codings,
// so this is one listbox (a single tab stop; arrows, Home/End and Page keys move; Enter goes to the
// passage) that draws only the rows in view, and says each row's place ("12 of 5000").
import { memo, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { CodeRecord, CodingRecord } from '../../../shared/model';
import { excerpt } from '../../../shared/text/excerpt';

/** Row height in pixels (styles.css `.passage-option`); rows are positioned from it. */
const ROW = 28;
const VISIBLE_ROWS = 10;
const OVERSCAN = 6;

interface PassageListProps {
  codings: readonly CodingRecord[];
  /** False while the document's codings are still being read: the list says so, not "none". */
  read?: boolean;
  codesById: ReadonlyMap<string, CodeRecord>;
  activeId: string | null;
  onSelect(coding: CodingRecord): void;
}

export const PassageList = memo(function PassageList({ codings, read = true, codesById, activeId, onSelect }: PassageListProps) {
  const box = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  // The cursor is on a passage, not a row number: rows come and go around it (a code applied above it,
  // an undo, a coding removed), and Enter must open the passage the researcher moved to.
  const [cursorCoding, setCursorCoding] = useState<CodingRecord | null>(null);
  const count = codings.length;
  const current = useMemo(() => rowOf(codings, cursorCoding), [codings, cursorCoding]);
  const moveTo = (row: number) => setCursorCoding(codings[row] ?? null);

  // The passage chosen elsewhere (in the text, a stripe, a memo) becomes the list's current row, once
  // per choice (as soon as its row is read): rows changing later do not take the cursor back to it.
  const [followed, setFollowed] = useState<string | null>(null);
  if (activeId !== followed) {
    const chosen = activeId === null ? null : codings.find((c) => c.id === activeId);
    if (chosen !== undefined) {
      setFollowed(activeId);
      if (chosen) setCursorCoding(chosen);
    }
  }

  // Keep the current row in view, when the cursor moves to another passage: reading the list's scroll
  // position makes the browser lay the page out there and then, which a new coding elsewhere in the
  // list (shifting the cursor's row) need not cost.
  const currentId = codings[current]?.id;
  const scrolledTo = useRef<string | undefined>(undefined);
  useLayoutEffect(() => {
    const element = box.current;
    if (!element || currentId === undefined || scrolledTo.current === currentId) return;
    scrolledTo.current = currentId;
    const top = current * ROW;
    if (top < element.scrollTop) element.scrollTop = top;
    else if (top + ROW > element.scrollTop + element.clientHeight) element.scrollTop = top + ROW - element.clientHeight;
  }, [current, currentId]);

  const first = Math.max(0, Math.floor(scrollTop / ROW) - OVERSCAN);
  const last = Math.min(count, Math.ceil(scrollTop / ROW) + VISIBLE_ROWS + OVERSCAN);
  const optionId = (i: number) => `passage-${codings[i]?.id}`;
  // The rows in view, and always the current row: aria-activedescendant names it, and after the list
  // is scrolled with the mouse wheel it may be far from the rows in view.
  const shown: number[] = [];
  if (count > 0 && current < first) shown.push(current);
  for (let i = first; i < last; i++) shown.push(i);
  if (count > 0 && current >= last) shown.push(current);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const move: Record<string, number> = { ArrowDown: current + 1, ArrowUp: current - 1, Home: 0, End: count - 1, PageDown: current + VISIBLE_ROWS, PageUp: current - VISIBLE_ROWS };
    if (event.key in move) {
      event.preventDefault();
      moveTo(Math.max(0, Math.min(count - 1, move[event.key]!)));
    } else if ((event.key === 'Enter' || event.key === ' ') && codings[current]) {
      event.preventDefault();
      onSelect(codings[current]!);
    }
  };

  return (
    <section className="panel" aria-labelledby="passages-heading">
      <h2 id="passages-heading">{read ? `Coded passages (${count})` : 'Coded passages'}</h2>
      {!read ? (
        <p className="hint" role="status">
          Reading the coded passages…
        </p>
      ) : count === 0 ? (
        <p className="hint">No passage of this document is coded yet.</p>
      ) : (
        <div
          ref={box}
          role="listbox"
          tabIndex={0}
          aria-labelledby="passages-heading"
          aria-activedescendant={optionId(current)}
          className="passage-list"
          style={{ height: Math.min(count, VISIBLE_ROWS) * ROW }}
          onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
          onKeyDown={onKeyDown}
        >
          <div className="passage-rows" style={{ height: count * ROW }}>
            {shown.map((i) => {
              const coding = codings[i]!;
              const code = codesById.get(coding.codeId);
              return (
                <div
                  key={coding.id}
                  id={optionId(i)}
                  role="option"
                  aria-selected={i === current}
                  aria-current={coding.id === activeId ? 'true' : undefined}
                  aria-posinset={i + 1}
                  aria-setsize={count}
                  className="passage-option"
                  style={{ top: i * ROW }}
                  onClick={() => {
                    setCursorCoding(coding);
                    onSelect(coding);
                  }}
                >
                  <span className="swatch" style={{ backgroundColor: code?.color ?? '#888' }} aria-hidden="true" />
                  {code?.name ?? 'deleted code'}: {excerpt(coding.quote, 70)}
                </div>
              );
            })}
          </div>
        </div>
      )}
    </section>
  );
});

/**
 * The row of the cursor's passage; when that passage is gone, the row of the first passage at or after
 * where it began (the one now in its place in the text), else the last row.
 */
function rowOf(codings: readonly CodingRecord[], passage: CodingRecord | null): number {
  if (!passage || codings.length === 0) return 0;
  const at = codings.findIndex((c) => c.id === passage.id);
  if (at >= 0) return at;
  const after = codings.findIndex((c) => c.start >= passage.start);
  return after >= 0 ? after : codings.length - 1;
}
