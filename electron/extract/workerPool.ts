// Extraction off the main thread: a few long-lived worker threads (one fewer than the cores, so the
// main process and the window keep one), each reading one file at a time. The bytes are moved to the
// worker, not copied; a document's come back with its text and go on to the storing thread
// (storingThread.ts), which stores its original while the worker reads the next file (a table's bytes
// come back, for main to store once it has claimed the rows). A file that takes longer than the
// time limit, or crashes or exhausts its worker, is refused with a reason, and its worker is
// replaced; the rest of the batch goes on. A cancelled import's files are taken back: those waiting
// are refused, and a worker reading one is stopped and replaced the same way, so that Cancel does not
// wait for a large PDF to be read to its end (see Extractor's `signal`).
//
// Each worker is handed its next file while it reads the current one, so it never sits idle waiting
// for the main thread to answer (with ~0.3 ms of work per file, that wait was a third of the time).
// Only the file being read is moved; the waiting one is copied, so that if the worker has to be
// stopped, the waiting file goes back to the queue intact. Only small files are handed ahead like
// that: a copy of a large one would double the memory it takes, and for a large file the wait saved
// is nothing beside its reading.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Extraction, ExtractInput, Extractor, OriginalPlace, StoredExtraction } from './extractor';
import type { TableData } from './tableData';
import { OriginalStorer } from './storingThread';
import { UnreadableFileError } from './unreadableFileError';
import { transferable, type ExtractReply, type ExtractRequest, type SkipRequest, type WorkerNotice } from './workerProtocol';

export const DEFAULT_TIME_LIMIT_MS = 30_000;
/** Files handed to one worker at a time: the one it reads and the next. */
const DEPTH = 2;
/** Only files up to this size are handed to a busy worker as its next one (a copy). */
export const PREFETCH_MAX_BYTES = 1024 * 1024;
const CLOSING = 'the import was stopped because Framewise is closing.';

/**
 * Starts the clock of a file being read: calls `expire` once the file has had `limitMs`, unless the
 * returned function stops the clock first. The pool takes it as a service so that a test, not the
 * speed of the machine, decides which file runs out of time.
 */
export type FileClock = (file: { fileName: string; limitMs: number }, expire: () => void) => () => void;

export const realFileClock: FileClock = ({ limitMs }, expire) => {
  const timer = setTimeout(expire, limitMs);
  return () => clearTimeout(timer);
};

export interface PoolOptions {
  /** The bundled worker entry, `extractWorker.js`. */
  workerPath: string | URL;
  size?: number;
  /** Per file. */
  timeLimitMs?: number;
  /** realFileClock unless a test says otherwise. */
  clock?: FileClock;
  /** Heap per worker: a file that needs more is refused instead of exhausting the computer. */
  maxHeapMb?: number;
}

interface Task {
  request: Omit<ExtractRequest, 'id'>;
  /** For a document: where its original goes once it is read. */
  original?: OriginalPlace;
  /** Its import's cancel: each import has its own, and a cancel takes back that import's files alone. */
  signal?: AbortSignal;
  resolve(result: Extraction<unknown> | StoredExtraction): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  /**
   * Loading the format libraries takes a moment; a file's time runs from when its worker is ready and
   * has loaded the reader of the file's format.
   */
  ready: boolean;
  /** Sent to the worker, in order; the worker reads them one after the other. */
  tasks: Array<{ id: number; task: Task }>;
  /** Stops the clock that runs for the first of `tasks`, the one being read. */
  stopClock: (() => void) | null;
}

export class ExtractorPool implements Extractor {
  readonly parallelism: number;
  private readonly slots = new Set<Slot>();
  private readonly queue: Task[] = [];
  private nextId = 1;
  private closed = false;
  private readonly storer: OriginalStorer;
  /** The cancels the pool listens to: one listener a signal, however many of its files are sent. */
  private readonly watched = new WeakSet<AbortSignal>();

  constructor(private readonly options: PoolOptions) {
    this.parallelism = options.size ?? Math.max(1, availableParallelism() - 1);
    this.storer = new OriginalStorer(options.workerPath);
  }

  /**
   * Starts the workers before the first file comes, while the researcher chooses what to import: a
   * worker that starts during an import loads its bundle and readers while the files wait (a fresh pool
   * imported 1,000 documents in 1.4 s where a started one took 0.9 s, test/bench/importMain.probe.ts).
   * Not at the app's start: most sessions code and never import, and the window's own start needs the cores.
   */
  warmUp(): void {
    if (this.closed) return;
    for (let i = this.slots.size; i < this.parallelism; i++) this.spawn();
  }

  extract(input: ExtractInput, original?: OriginalPlace, signal?: AbortSignal): Promise<StoredExtraction> {
    return this.run({ ...input, kind: 'document', ...(original ? { returnBytes: true } : {}) }, original, signal) as Promise<StoredExtraction>;
  }

  readTable(input: ExtractInput, signal?: AbortSignal): Promise<Extraction<TableData>> {
    return this.run({ ...input, kind: 'table' }, undefined, signal) as Promise<Extraction<TableData>>;
  }

  /** Stops the workers; files being read or waiting are refused. */
  async close(): Promise<void> {
    this.closed = true;
    for (const task of this.queue.splice(0)) task.reject(new Error(CLOSING));
    await Promise.all(
      [...this.slots].map((slot) => {
        for (const { task } of slot.tasks.splice(0)) task.reject(new Error(CLOSING));
        return this.retire(slot);
      }),
    );
    await this.storer.close(new Error(CLOSING));
  }

  private run(request: Omit<ExtractRequest, 'id'>, original?: OriginalPlace, signal?: AbortSignal): Promise<Extraction<unknown> | StoredExtraction> {
    if (this.closed) return Promise.reject(new Error(CLOSING));
    if (signal?.aborted) return Promise.reject(signal.reason as Error);
    if (signal && !this.watched.has(signal)) {
      this.watched.add(signal);
      signal.addEventListener('abort', () => this.takeBack(signal), { once: true });
    }
    return new Promise((resolve, reject) => {
      this.queue.push({ request, ...(original ? { original } : {}), ...(signal ? { signal } : {}), resolve, reject });
      this.dispatch();
    });
  }

  /**
   * An import was cancelled: its files still queued, or waiting in a worker behind another file, are
   * refused; a worker reading one of them is stopped and replaced, and the other imports' files it
   * held go back to the queue. Files already read are left alone: the original being stored is
   * stored whole, and the file kept.
   */
  private takeBack(signal: AbortSignal): void {
    const cancelled = (task: Task) => task.signal === signal;
    const refused = this.queue.filter(cancelled);
    this.queue.splice(0, this.queue.length, ...this.queue.filter((task) => !cancelled(task)));
    for (const slot of [...this.slots]) {
      const [reading, ...waiting] = slot.tasks;
      for (const sent of waiting.filter((w) => cancelled(w.task))) {
        slot.tasks.splice(slot.tasks.indexOf(sent), 1);
        slot.worker.postMessage({ skip: sent.id } satisfies SkipRequest);
        refused.push(sent.task);
      }
      if (reading && cancelled(reading.task)) this.replace(slot, signal.reason as Error);
    }
    for (const task of refused) task.reject(signal.reason as Error);
    this.dispatch();
  }

  private dispatch(): void {
    if (this.closed) return;
    while (this.queue.length > 0) {
      const slot = this.freestSlot(this.queue[0]!.request.bytes.byteLength);
      if (!slot) return;
      this.send(slot, this.queue.shift()!);
    }
  }

  /** An idle worker, else a new one while the pool is not full, else (for a small file) one with room for a next file. */
  private freestSlot(bytes: number): Slot | null {
    const slots = [...this.slots];
    const idle = slots.find((s) => s.tasks.length === 0);
    if (idle) return idle;
    if (this.slots.size < this.parallelism) return this.spawn();
    if (bytes > PREFETCH_MAX_BYTES) return null;
    return slots.find((s) => s.tasks.length < DEPTH) ?? null;
  }

  private send(slot: Slot, task: Task): void {
    const id = this.nextId++;
    const first = slot.tasks.length === 0;
    slot.tasks.push({ id, task });
    if (first) this.startClock(slot);
    slot.worker.ref();
    const request: ExtractRequest = { ...task.request, id };
    slot.worker.postMessage(request, first ? transferable(request.bytes) : []);
  }

  private startClock(slot: Slot): void {
    slot.stopClock?.();
    slot.stopClock = null;
    const reading = slot.tasks[0];
    if (!slot.ready || !reading) return;
    const limitMs = this.options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS;
    const clock = this.options.clock ?? realFileClock;
    slot.stopClock = clock({ fileName: reading.task.request.fileName, limitMs }, () => this.fail(slot, new UnreadableFileError(slowFileReason(limitMs))));
  }

  private spawn(): Slot {
    const worker = new Worker(this.options.workerPath, {
      resourceLimits: { maxOldGenerationSizeMb: this.options.maxHeapMb ?? 2048 },
      // The worker is a plain bundle: it needs none of the parent's flags, and a loader inherited from
      // a test or benchmark runner (tsx) would slow its parsers several times over.
      execArgv: [],
    });
    const slot: Slot = { worker, ready: false, tasks: [], stopClock: null };
    worker.on('message', (reply: ExtractReply | WorkerNotice) => {
      if ('ready' in reply) {
        slot.ready = true;
        this.startClock(slot);
      } else if ('loaded' in reply) {
        if (slot.tasks[0]?.id === reply.id) this.startClock(slot);
      } else this.settle(slot, reply);
    });
    worker.on('error', (error: Error & { code?: string }) => {
      const reason =
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? new UnreadableFileError('it is too large or too complex to read: reading it needed more memory than Framewise allows a file.', { cause: error })
          : new Error(`the reader stopped unexpectedly (${error.message})`, { cause: error });
      this.fail(slot, reason);
    });
    worker.on('exit', () => {
      if (this.slots.has(slot)) this.fail(slot, new Error('the reader stopped unexpectedly.'));
    });
    worker.unref();
    this.slots.add(slot);
    return slot;
  }

  private settle(slot: Slot, reply: ExtractReply): void {
    const index = slot.tasks.findIndex((t) => t.id === reply.id);
    if (index === -1) return;
    const [{ task }] = slot.tasks.splice(index, 1) as [{ id: number; task: Task }];
    this.startClock(slot);
    // An idle worker must not keep the process alive.
    if (slot.tasks.length === 0) slot.worker.unref();
    if (reply.ok) this.finish(task, reply.value, reply.bytes);
    else task.reject(reply.unreadable ? new UnreadableFileError(reply.message) : new Error(reply.message));
    this.dispatch();
  }

  /** A file read: a table's bytes go back to the caller; a document's original is stored first, when it has a place. */
  private finish(task: Task, value: unknown, bytes: Uint8Array | undefined): void {
    if (task.request.kind === 'table') task.resolve({ value, bytes: bytes! });
    else if (!task.original) task.resolve({ value: value as StoredExtraction['value'], storedName: null });
    else {
      this.storer.store(task.original, bytes!).then(
        (storedName) => task.resolve({ value: value as StoredExtraction['value'], storedName }),
        (error: Error) => task.reject(error),
      );
    }
  }

  /** The file being read is refused with `error`, its worker replaced, and the files waiting go on. */
  private fail(slot: Slot, error: Error): void {
    this.replace(slot, error);
    this.dispatch();
  }

  /**
   * Refuses the file being read with `error` and stops its worker (the next dispatch starts a new one);
   * the file waiting behind it, still intact here, goes back to the front of the queue.
   */
  private replace(slot: Slot, error: Error): void {
    if (!this.slots.has(slot)) return;
    const [current, ...waiting] = slot.tasks.splice(0);
    current?.task.reject(error);
    this.queue.unshift(...waiting.map((w) => w.task));
    void this.retire(slot);
  }

  private async retire(slot: Slot): Promise<void> {
    this.slots.delete(slot);
    slot.stopClock?.();
    slot.stopClock = null;
    await slot.worker.terminate();
  }
}

export function slowFileReason(limitMs: number): string {
  const seconds = limitMs >= 1000 ? Math.round(limitMs / 1000) : limitMs / 1000;
  return `it took longer than ${seconds} s to read; it may be damaged.`;
}
