// Starts the agreement worker on first use and keeps it for the window's life.
import { lazyWorker } from '../../workers/lazyWorker';
import type { AgreementWorkerApi } from './agreementWorker';
import type { AgreementRequest, AgreementResult } from './agreementWork';

const worker = lazyWorker<AgreementWorkerApi>('agreement', () => new Worker(new URL('./agreementWorker.ts', import.meta.url), { type: 'module', name: 'framewise-agreement' }));

/** Rejects with the reason when the worker fails (lazyWorker.ts), rather than never settling. */
export function runAgreement(request: AgreementRequest): Promise<AgreementResult> {
  const remote = worker.remote();
  return Promise.race([remote.computeAgreement(request), worker.failed()]);
}
