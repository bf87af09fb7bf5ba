// Starts the agreement worker on first use and keeps it for the window's life.
import { lazyWorker } from '../../workers/lazyWorker';
import type { AgreementWorkerApi } from './agreementWorker';
import type { AgreementRequest, AgreementResult } from './agreementWork';

const worker = lazyWorker<AgreementWorkerApi>(() => new Worker(new URL('./agreementWorker.ts', import.meta.url), { type: 'module', name: 'framewise-agreement' }));

export function runAgreement(request: AgreementRequest): Promise<AgreementResult> {
  return worker.remote().computeAgreement(request);
}
