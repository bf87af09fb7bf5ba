// Running imports, by the job id the renderer chose, so that Cancel can reach the right one (another
// window's import goes on).
import type { ImportReport, ImportRequest } from '../../shared/ipc';
import { importFiles, type ImportContext } from './importFiles';

export class ImportJobs {
  private readonly running = new Map<string, AbortController>();

  isRunning(jobId: string): boolean {
    return this.running.has(jobId);
  }

  async run(request: ImportRequest, context: Omit<ImportContext, 'signal'>): Promise<ImportReport> {
    const cancel = new AbortController();
    this.running.set(request.jobId, cancel);
    try {
      return await importFiles(request, { ...context, signal: cancel.signal });
    } finally {
      if (this.running.get(request.jobId) === cancel) this.running.delete(request.jobId);
    }
  }

  /**
   * True when the job was running and will stop: files waiting are left and files being extracted
   * given up on (their originals not stored); the report says cancelled and lists what was imported.
   */
  cancel(jobId: string): boolean {
    const cancel = this.running.get(jobId);
    if (!cancel) return false;
    cancel.abort(new Error('the import was cancelled.'));
    return true;
  }
}
