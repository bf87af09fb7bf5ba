// Writes an import's documents into the project as main sends them: one transaction per batch, in
// the order main numbered the batches (events and the import's reply may arrive in any order), each
// batch once the one before it is written, so the window writes while main reads the next files.
//
// A batch that cannot be written stops the writing: the batches before it stay in the project, it
// and those after it are not written, and the caller stops main's job (onFailure).
import type { ImportBatch, ImportedDocument } from '../../../shared/ipc';

export interface WriteOutcome {
  /** Documents added to the project (a document whose content was already there is not added again). */
  added: number;
  /** Documents in the batches written. */
  written: number;
  /** Why writing stopped before the end, if it did. */
  failure: Error | null;
}

export class ImportWriter {
  private readonly waiting = new Map<number, ImportBatch>();
  private next = 0;
  private busy = false;
  private stopped = false;
  private added = 0;
  private written = 0;
  private failure: Error | null = null;
  /** Batches to write before the job is done; unknown until main's report (or a stop) says. */
  private expected: number | null = null;
  private readonly finished: Promise<void>;
  private resolveFinished!: () => void;

  constructor(
    private readonly jobId: string,
    /** Writes one batch in one transaction; resolves to how many documents it added. */
    private readonly write: (documents: ImportedDocument[], batch: ImportBatch) => Promise<number>,
    private readonly onFailure: (error: Error) => void,
  ) {
    this.finished = new Promise((resolve) => (this.resolveFinished = resolve));
  }

  /** An `importBatch` event: batches of other jobs, and batches after a stop, are ignored. */
  receive = (batch: ImportBatch): void => {
    if (batch.jobId !== this.jobId || this.stopped || batch.index < this.next) return;
    this.waiting.set(batch.index, batch);
    this.pump();
  };

  /** Main's report says how many batches it sent: resolves once they are all written, or writing failed. */
  finish(batches: number): Promise<WriteOutcome> {
    this.expected = batches;
    this.pump();
    return this.finished.then(() => this.outcome());
  }

  /**
   * Main's job failed: batches still on their way are not written (how many there are is not known).
   * Resolves once the batch being written, if any, is in.
   */
  stop(): Promise<WriteOutcome> {
    this.stopped = true;
    this.waiting.clear();
    this.expected = this.next + (this.busy ? 1 : 0);
    this.pump();
    return this.finished.then(() => this.outcome());
  }

  private pump(): void {
    if (this.busy) return;
    if (this.failure || (this.expected !== null && this.next >= this.expected)) {
      this.resolveFinished();
      return;
    }
    const batch = this.waiting.get(this.next);
    if (!batch) return;
    this.waiting.delete(this.next);
    this.busy = true;
    this.write(batch.documents, batch).then(
      (added) => {
        this.added += added;
        this.written += batch.documents.length;
        this.next++;
        this.busy = false;
        this.pump();
      },
      (error: unknown) => {
        this.failure = error instanceof Error ? error : new Error(String(error));
        this.stopped = true;
        this.waiting.clear();
        this.busy = false;
        this.onFailure(this.failure);
        this.pump();
      },
    );
  }

  private outcome(): WriteOutcome {
    return { added: this.added, written: this.written, failure: this.failure };
  }
}
