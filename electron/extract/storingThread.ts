// Originals are stored by a thread of their own, beside the extraction workers: creating a file can
// cost this disk far more than reading one (ext4 without a journal skips the inodes freed in the last
// minute: about a millisecond a file where files churn), and a worker that stored each original
// before reading the next file spent most of an import in `open` (1.0 s of 2.8 s for 1,000 documents,
// against 0.3 s of extraction, per its CPU profile). Here the extraction worker reads the next file
// while this thread stores the last one. Blocking calls in the thread: storing 1,000 originals took
// about 80 ms of CPU that way, against 110–260 ms with promises.
//
// The thread runs the extraction worker's bundle with `STORING_THREAD` as its workerData, so the build
// needs no entry of its own.
import { Worker, type MessagePort } from 'node:worker_threads';
import { storeOriginalSync, storingFailedReason } from '../originals/originalStore';
import { UnreadableFileError } from './unreadableFileError';
import { transferable } from './workerProtocol';

export const STORING_THREAD = 'framewise: storing originals';

interface StoreRequest {
  id: number;
  libraryDir: string;
  sha256: string;
  extension: string;
  bytes: Uint8Array;
}

type StoreReply = { id: number; storedName: string } | { id: number; failure: { message: string; code?: string } };

/** The thread's side: stores each original it is sent, in order, and says under which name. */
export function serveStoring(port: MessagePort): void {
  port.on('message', ({ id, libraryDir, sha256, extension, bytes }: StoreRequest) => {
    let reply: StoreReply;
    try {
      reply = { id, storedName: storeOriginalSync(libraryDir, sha256, extension, bytes) };
    } catch (error) {
      const { message, code } = error as NodeJS.ErrnoException;
      reply = { id, failure: { message: String(message), ...(code ? { code } : {}) } };
    }
    port.postMessage(reply);
  });
}

/** Main's side: one storing thread, started when first needed and again after it stops. */
export class OriginalStorer {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, { resolve(storedName: string): void; reject(error: Error): void }>();
  private nextId = 1;

  constructor(private readonly workerPath: string | URL) {}

  /**
   * Stores `bytes` (moved to the thread when the buffer is theirs alone) as `<libraryDir>/<sha256>.<extension>`.
   * A failure refuses the file, with what to do.
   */
  store(place: { libraryDir: string; sha256: string; extension: string }, bytes: Uint8Array): Promise<string> {
    const worker = this.started();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      if (this.pending.size === 1) worker.ref();
      const request: StoreRequest = { id, ...place, bytes };
      worker.postMessage(request, transferable(bytes));
    });
  }

  /** Stops the thread; originals still waiting are refused with `reason`. */
  async close(reason: Error): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    this.failAll(reason);
    await worker?.terminate();
  }

  private started(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.workerPath, { workerData: STORING_THREAD, execArgv: [] });
    worker.on('message', (reply: StoreReply) => {
      const waiting = this.pending.get(reply.id);
      if (!waiting) return;
      this.pending.delete(reply.id);
      if (this.pending.size === 0) worker.unref();
      if ('storedName' in reply) waiting.resolve(reply.storedName);
      else {
        const cause = Object.assign(new Error(reply.failure.message), reply.failure.code ? { code: reply.failure.code } : {});
        waiting.reject(new UnreadableFileError(storingFailedReason(cause), { cause }));
      }
    });
    const stopped = (error?: Error) => {
      if (this.worker !== worker) return;
      this.worker = null;
      this.failAll(new UnreadableFileError(storingFailedReason(error ?? new Error('the storing thread stopped')), { cause: error }));
    };
    worker.on('error', stopped);
    worker.on('exit', () => stopped());
    worker.unref();
    this.worker = worker;
    return worker;
  }

  private failAll(error: Error): void {
    for (const { reject } of this.pending.values()) reject(error);
    this.pending.clear();
  }
}
