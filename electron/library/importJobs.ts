// Running imports, by the job id the renderer chose, so that Cancel can reach the right one.
import type { ImportReport, ImportRequest } from '../../shared/ipc';
import { importFiles, type ImportContext } from './importFiles';

export class ImportJobs {
  private readonly cancelled = new Map<string, boolean>();

  /** How many imports are running now. */
  get running(): number {
    return this.cancelled.size;
  }

  isRunning(jobId: string): boolean {
    return this.cancelled.has(jobId);
  }

  async run(request: ImportRequest, context: Omit<ImportContext, 'isCancelled'>): Promise<ImportReport> {
    this.cancelled.set(request.jobId, false);
    try {
      return await importFiles(request, { ...context, isCancelled: () => this.cancelled.get(request.jobId) === true });
    } finally {
      this.cancelled.delete(request.jobId);
    }
  }

  /** True when the job was running and will stop after the file in hand. */
  cancel(jobId: string): boolean {
    if (!this.cancelled.has(jobId)) return false;
    this.cancelled.set(jobId, true);
    return true;
  }
}
