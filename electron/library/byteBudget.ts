// How many bytes of file content the import holds at once. Files are read whole into memory (hashed,
// then moved to an extraction worker), so without a cap a folder of large PDFs read by many lanes at
// once held gigabytes. The cap is on bytes, not files: a thousand small files still stream through
// many lanes, while big ones queue. A file larger than the whole budget still goes, alone.
//
// Turns are taken in the order of the request (file 0, 1, 2…), each file taking its turn once: by
// acquiring its bytes, or by skipping when it is refused before it is read. Granting in order is what
// makes the cap safe with the import's other ordering (files claim their content in request order,
// importFiles.ts): a later file can never hold the bytes an earlier one is waiting for while itself
// waiting for that earlier file's claim.

/** Bytes of file content in flight during an import (read, hashed, being extracted), all files together. */
export const DEFAULT_BYTES_IN_FLIGHT = 256 * 1024 * 1024;

export class ByteBudget {
  private inFlight = 0;
  private nextTurn = 0;
  private readonly waiting = new Map<number, { bytes: number; grant(): void }>();

  constructor(readonly limit: number = DEFAULT_BYTES_IN_FLIGHT) {}

  /** Bytes held now. */
  get held(): number {
    return this.inFlight;
  }

  /** Resolves once every earlier turn is taken and `bytes` fit (or nothing else is held); returns the release. */
  acquire(turn: number, bytes: number): Promise<() => void> {
    return new Promise((resolve) => {
      this.waiting.set(turn, {
        bytes,
        grant: () => {
          this.inFlight += bytes;
          let released = false;
          resolve(() => {
            if (released) return;
            released = true;
            this.inFlight -= bytes;
            this.pump();
          });
        },
      });
      this.pump();
    });
  }

  /** Turn `turn` needs no bytes (its file was refused before being read). */
  skip(turn: number): void {
    this.waiting.set(turn, { bytes: 0, grant: () => {} });
    this.pump();
  }

  private pump(): void {
    for (let next = this.waiting.get(this.nextTurn); next; next = this.waiting.get(this.nextTurn)) {
      if (this.inFlight > 0 && this.inFlight + next.bytes > this.limit) return;
      this.waiting.delete(this.nextTurn++);
      next.grant();
    }
  }
}
