// The library's rows, kept stable between queries: a live query returns new objects every time, and a
// memoized row re-renders only when its own document or coding count really changed. Otherwise one
// edit would re-render a thousand rows.
import { useMemo, useRef } from 'react';
import type { DocumentRecord } from '../../../shared/model';
import { sameRow } from '../../../shared/rowEquality';
import type { LibraryRow } from './libraryRows';

export function useStableRows(documents: readonly DocumentRecord[] | undefined, counts: ReadonlyMap<string, number> | undefined): LibraryRow[] {
  const previous = useRef(new Map<string, LibraryRow>());
  return useMemo(() => {
    const next = new Map<string, LibraryRow>();
    const rows = (documents ?? []).map((doc) => {
      const codings = counts?.get(doc.id) ?? 0;
      const before = previous.current.get(doc.id);
      const row = before && before.codings === codings && sameRow(before.doc, doc) ? before : { doc, codings };
      next.set(doc.id, row);
      return row;
    });
    previous.current = next;
    return rows;
  }, [documents, counts]);
}
