// Running imports, by the job id the renderer chose, so that Cancel can reach the right one.
import type { ImportReport, ImportRequest } from '../../shared/ipc';
import { importFiles, type ImportContext } from './importFiles';

export class ImportJobs {
  private readonly cancelled = new Map<string, boolean>();

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

  /**
   * True when the job was running and will stop: the files being extracted finish, those only waiting
   * for their turn are left (importFiles.ts).
   */
  cancel(jobId: string): boolean {
    if (!this.cancelled.has(jobId)) return false;
    this.cancelled.set(jobId, true);
    return true;
  }
}
