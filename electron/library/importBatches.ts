// The documents of an import go to the renderer while the import runs, a batch at a time, so that the
// renderer writes one batch into the project (one transaction) while main reads the next files, and
// the researcher sees the documents come in. Batches keep the order of the request, whatever order
// the files in flight finish in; duplicates and refused files are kept, in that order too, for the
// report that ends the import.
import type { FileProblem, ImportBatch, ImportedDocument } from '../../shared/ipc';
import type { Outcome } from './importFiles';

export interface BatchLimits {
  /** A batch is sent once it holds this many documents… */
  documents: number;
  /** …or this much text (UTF-16 code units): a transaction of a few megabytes keeps the window answering… */
  chars: number;
  /** …or once its first document has waited this long, so documents of slow files (large PDFs) still show soon. */
  waitMs: number;
}

/**
 * Every batch costs the window more than its transaction: the document list and the library table
 * query and render again. Importing 1,000 documents of 800 words (test/bench/import.bench.ts), the
 * window spent about 25 ms of CPU more per batch, so batches of 50 took it some 250 ms more than
 * batches of 200; batches much larger would leave less of the writing to overlap main's reading.
 */
export const BATCH_LIMITS: BatchLimits = { documents: 200, chars: 4_000_000, waitMs: 250 };

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
    if (this.pending.length > 0 && !this.timer) this.timer = setTimeout(() => this.flush(), this.limits.waitMs);
  }

  /** Sends the documents still waiting; called once no file is in flight any more. */
  end(): void {
    this.flush();
    if (this.failure) throw new Error('the documents read could not be sent to the window', { cause: this.failure });
  }

  private take(outcome: Outcome): void {
    if (outcome.kind === 'imported') {
      const { documents } = outcome;
      // The rows of a spreadsheet go as a batch of their own, however many: the window types each new
      // attribute by the values of the batch that brings it, so a survey's columns are typed by all
      // their rows, and the same way whatever the timing of the batches around them.
      if (documents.length > 1) this.flush();
      this.pending.push(...documents);
      for (const document of documents) this.pendingChars += document.text.length;
      if (documents.length > 1 || this.pending.length >= this.limits.documents || this.pendingChars >= this.limits.chars) this.flush();
      if (outcome.duplicate) this.duplicates.push(outcome.duplicate);
    } else if (outcome.kind === 'duplicate') this.duplicates.push(outcome.problem);
    else this.refused.push(outcome.problem);
  }

  private flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    // After a failed send the renderer would wait for the missing batch: send nothing more.
    if (this.pending.length === 0 || this.failure) return;
    const documents = this.pending;
    this.pending = [];
    this.pendingChars = 0;
    try {
      this.send({ jobId: this.jobId, index: this.sent, documents });
    } catch (error) {
      // From a timer there is no caller to throw to: end() reports it.
      this.failure ??= error;
      return;
    }
    this.sent++;
    this.documents += documents.length;
  }
}
