// The documents of an import go to the renderer while the import runs, a batch at a time, so that the
// renderer writes one batch into the project (one transaction) while main reads the next files, and
// the researcher sees the documents come in. Batches keep the order of the request, whatever order
// the files in flight finish in; duplicates and refused files are kept, in that order too, for the
// report that ends the import.
import type { FileProblem, ImportBatch, ImportedDocument } from '../../shared/ipc';
import type { AttributeType } from '../../shared/model';
import type { Outcome } from './importOutcome';

export interface BatchLimits {
  /** A batch is sent once it holds this many documents… */
  documents: number;
  /** …or this much text (UTF-16 code units): a transaction of a few megabytes keeps the window answering… */
  chars: number;
  /** …or once its first document has waited this long, so documents of slow files (large PDFs) still show soon. */
  waitMs: number;
  /**
   * The rows of a spreadsheet go in batches of their own, of at most this many rows (or `chars`): a
   * survey of 500,000 answers sent whole would be one IPC message as large as the survey's text and
   * one transaction holding the window for the whole of it.
   */
  tableRows: number;
  /**
   * Each batch sent doubles `documents` and `waitMs` for the next one, up to this many times their
   * first value (1, or absent: every batch has the same limits). See BATCH_LIMITS.
   */
  growUpTo?: number;
}

/** Rows of a spreadsheet a batch: about the 1,000 rows a transaction the architecture names; short rows render fast. */
const TABLE_ROWS_PER_BATCH = 1_000;

/**
 * Every batch costs the window more than its transaction: the document list and the library table
 * query and render again, and that grows with the documents already in the project. Importing 1,000
 * documents of 800 words (test/bench/import.bench.ts), the window spent about 25 ms of CPU more per
 * batch, so batches of 50 took it some 250 ms more than batches of 200; at 4,000 documents, batches
 * of 200 (20 or more of them, more when main's pace let the wait flush them early) cost the window
 * 8.8 s of transactions against 1 s for 1,000: a cost per batch that grows with the project, paid
 * once per batch, grows as the square of the import. So the first batch is small and soon (the
 * researcher sees documents come in), and each batch after it may be twice as large and wait twice
 * as long, up to 8 times: a 4,000-document import is written in about 7 batches, not 20 or more. The
 * `chars` cap still bounds any one transaction.
 */
export const BATCH_LIMITS: BatchLimits = { documents: 200, chars: 4_000_000, waitMs: 250, tableRows: TABLE_ROWS_PER_BATCH, growUpTo: 8 };

export class ImportBatches {
  readonly duplicates: FileProblem[] = [];
  readonly refused: FileProblem[] = [];
  /** Batches sent so far. */
  sent = 0;
  /** Documents in them. */
  documents = 0;
  private readonly settled = new Map<number, Outcome>();
  private cursor = 0;
  private pending: ImportedDocument[] = [];
  private pendingChars = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private failure: unknown = null;

  constructor(
    private readonly jobId: string,
    private readonly send: (batch: ImportBatch) => void,
    private readonly limits: BatchLimits = BATCH_LIMITS,
  ) {}

  /** The outcome of the file at `index` in the request: taken once every file before it is settled. */
  settle(index: number, outcome: Outcome): void {
    this.settled.set(index, outcome);
    for (let next = this.settled.get(this.cursor); next; next = this.settled.get(this.cursor)) {
      this.settled.delete(this.cursor++);
      this.take(next);
    }
    if (this.pending.length > 0 && !this.timer) this.timer = setTimeout(() => this.flush(), this.limits.waitMs * this.growth());
  }

  /** Sends the documents still waiting; called once no file is in flight any more. */
  end(): void {
    this.flush();
    if (this.failure) throw new Error('the documents read could not be sent to the window', { cause: this.failure });
  }

  private take(outcome: Outcome): void {
    if (outcome.kind === 'imported') {
      const { documents, attributeTypes } = outcome;
      if (attributeTypes) this.takeTable(documents, attributeTypes);
      else {
        for (const document of documents) {
          this.pending.push(document);
          this.pendingChars += documentChars(document);
        }
        if (this.pending.length >= this.limits.documents * this.growth() || this.pendingChars >= this.limits.chars) this.flush();
      }
      if (outcome.duplicate) this.duplicates.push(outcome.duplicate);
    } else if (outcome.kind === 'duplicate') this.duplicates.push(outcome.problem);
    else if (outcome.kind === 'refused') this.refused.push(outcome.problem);
  }

  /**
   * The rows of a spreadsheet go in batches of their own, in slices of `tableRows` rows or `chars` of
   * text, each with the column types decided on all the rows (see shared/library/attributeTypeHints.ts):
   * the window types a new attribute by the batch that brings it, so every slice, whichever comes
   * first, types the columns as the whole table does.
   */
  private takeTable(documents: ImportedDocument[], attributeTypes: Record<string, AttributeType>): void {
    this.flush();
    let slice: ImportedDocument[] = [];
    let chars = 0;
    for (const document of documents) {
      const size = documentChars(document);
      if (slice.length > 0 && (slice.length >= this.limits.tableRows || chars + size > this.limits.chars)) {
        this.pending = slice;
        this.flush(attributeTypes);
        slice = [];
        chars = 0;
      }
      slice.push(document);
      chars += size;
    }
    this.pending = slice;
    this.flush(attributeTypes);
  }

  /** How many times the first batch's `documents` and `waitMs` the next batch may take. */
  private growth(): number {
    return Math.min(2 ** this.sent, Math.max(1, this.limits.growUpTo ?? 1));
  }

  private flush(attributeTypes?: Record<string, AttributeType>): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    // After a failed send the renderer would wait for the missing batch: send nothing more.
    if (this.pending.length === 0 || this.failure) return;
    const documents = this.pending;
    this.pending = [];
    this.pendingChars = 0;
    try {
      this.send({ jobId: this.jobId, index: this.sent, documents, ...(attributeTypes ? { attributeTypes } : {}) });
    } catch (error) {
      // From a timer there is no caller to throw to: end() reports it.
      this.failure ??= error;
      return;
    }
    this.sent++;
    this.documents += documents.length;
  }
}

/** What a document weighs in a batch: its text and its attributes' values, in UTF-16 code units. */
function documentChars(document: ImportedDocument): number {
  let chars = document.text.length;
  for (const value of Object.values(document.attributes ?? {})) if (typeof value === 'string') chars += value.length;
  return chars;
}
