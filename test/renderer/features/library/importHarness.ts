// The import as the window runs it (useImport and ImportStatus) over a real project database in fake
// IndexedDB, with main played by a fake: the test decides when main registers a job, which events it
// sends and what it reports, as the real main (electron/handlers.ts, importJobs.ts) would.
import type { ImportBatch, ImportReport, ImportRequest, InterruptedImport } from '../../../../shared/ipc';
import { importedDocument } from '../../../fixtures/importedDocument';

type Listener = (payload: unknown) => void;

/** One importFiles call, held until the test finishes it. */
export interface PendingImport {
  request: ImportRequest;
  /** Main's job is registered: cancelImport reaches it from now on (importJobs.ts run). */
  registered: boolean;
  cancelled: boolean;
  batchesSent: number;
  documentsSent: number;
  /** Sends one batch of documents named after `names`, as main does when files are read. */
  sendBatch(...names: string[]): void;
  progress(done: number, total: number, current: string): void;
  finish(report?: Partial<ImportReport>): void;
  fail(message: string): void;
}

export class FakeMain {
  readonly listeners = new Map<string, Set<Listener>>();
  readonly imports: PendingImport[] = [];
  readonly calls: Array<{ channel: string; args: unknown[] }> = [];
  interrupted: InterruptedImport[] = [];
  forgotten: string[] = [];
  holdClosing: Array<string | null> = [];
  /** Whether a new import's job is registered as soon as it is asked for (false: the test calls register). */
  registerAtOnce = true;

  emit(event: string, payload: unknown): void {
    for (const listener of [...(this.listeners.get(event) ?? [])]) listener(payload);
  }

  on = (event: string, listener: Listener): (() => void) => {
    let set = this.listeners.get(event);
    if (!set) this.listeners.set(event, (set = new Set()));
    set.add(listener);
    return () => set.delete(listener);
  };

  call = async (channel: string, ...args: unknown[]): Promise<unknown> => {
    this.calls.push({ channel, args });
    switch (channel) {
      case 'importFiles':
        return this.startImport(args[0] as ImportRequest);
      case 'cancelImport': {
        const job = this.imports.find((i) => i.request.jobId === args[0]);
        if (!job?.registered) return false;
        job.cancelled = true;
        return true;
      }
      case 'forgetImport':
        this.forgotten.push(args[0] as string);
        return true;
      case 'interruptedImports':
        return this.interrupted;
      case 'holdClosing':
        this.holdClosing.push(args[0] as string | null);
        return null;
      default:
        throw new Error(`The fake main does not answer ${channel}`);
    }
  };

  /** The import asked for last. */
  get last(): PendingImport {
    const last = this.imports.at(-1);
    if (!last) throw new Error('No import was asked for');
    return last;
  }

  private startImport(request: ImportRequest): Promise<ImportReport> {
    return new Promise((resolve, reject) => {
      const job: PendingImport = {
        request,
        registered: this.registerAtOnce,
        cancelled: false,
        batchesSent: 0,
        documentsSent: 0,
        sendBatch: (...names) => {
          const batch: ImportBatch = { jobId: request.jobId, index: job.batchesSent++, documents: names.map((name) => importedDocument(name, { words: 3 })) };
          job.documentsSent += names.length;
          this.emit('importBatch', batch);
        },
        progress: (done, total, current) => this.emit('importProgress', { jobId: request.jobId, done, total, current }),
        finish: (report = {}) =>
          resolve({
            jobId: request.jobId,
            batches: job.batchesSent,
            documents: job.documentsSent,
            duplicates: [],
            refused: [],
            unsupported: 0,
            cancelled: job.cancelled,
            ...report,
          }),
        fail: (message) => reject(new Error(message)),
      };
      this.imports.push(job);
    });
  }
}
