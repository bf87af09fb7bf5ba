// Codings per code and per document under one coder filter, kept from the count rows
// (codingCounts.ts) and updated row by row: when a count row changes, only its code's and its
// document's figures change, so a write costs what it touched, not the project's size. A code's
// documents are those with at least one count row of a coder the filter lets through; `pairs` holds,
// per code and document, how many such rows there are, so a document leaves a code's count when the
// last one goes.
import type { CodingRecord } from '../../shared/model';
import { passesCoderFilter, type CoderFilter } from './coders';

export interface CodeUsage {
  codings: number;
  documents: number;
}

/** Counts per code and per document, of the coders a filter lets through. */
export interface CountTotals {
  byCode: ReadonlyMap<string, CodeUsage>;
  byDocument: ReadonlyMap<string, number>;
}

export type CountedFields = Pick<CodingRecord, 'codeId' | 'docId' | 'coderId'>;

export const NO_USAGE: CodeUsage = Object.freeze({ codings: 0, documents: 0 });

export class CountTotalsIndex implements CountTotals {
  // A code's usage is replaced, never changed in place: a screen holding the old object sees a change.
  readonly byCode = new Map<string, CodeUsage>();
  readonly byDocument = new Map<string, number>();
  private readonly pairs = new Map<string, number>();

  constructor(readonly filter: CoderFilter) {}

  /**
   * One count row (a code, document and coder) goes from `before` codings to `after` (0: no row).
   * Returns whether a figure changed (false when the filter hides the coder or nothing moved).
   */
  change(row: CountedFields, before: number, after: number): boolean {
    if (before === after || !passesCoderFilter(this.filter, row.coderId)) return false;
    const byDoc = (this.byDocument.get(row.docId) ?? 0) + after - before;
    if (byDoc === 0) this.byDocument.delete(row.docId);
    else this.byDocument.set(row.docId, byDoc);
    const pair = `${row.codeId}\u001f${row.docId}`;
    let documents = 0;
    if (before === 0 || after === 0) {
      const rows = (this.pairs.get(pair) ?? 0) + (before === 0 ? 1 : -1);
      if (rows === 0) this.pairs.delete(pair);
      else this.pairs.set(pair, rows);
      // The code gained its first row in this document, or lost its last.
      if (before === 0 && rows === 1) documents = 1;
      if (after === 0 && rows === 0) documents = -1;
    }
    const usage = this.byCode.get(row.codeId) ?? NO_USAGE;
    const next = { codings: usage.codings + after - before, documents: usage.documents + documents };
    if (next.codings === 0) this.byCode.delete(row.codeId);
    else this.byCode.set(row.codeId, next);
    return true;
  }
}

/** The totals of a set of count rows under a filter. */
export function countTotals(rows: Iterable<CountedFields & { count: number }>, filter: CoderFilter): CountTotalsIndex {
  const totals = new CountTotalsIndex(filter);
  for (const row of rows) totals.change(row, 0, row.count);
  return totals;
}
