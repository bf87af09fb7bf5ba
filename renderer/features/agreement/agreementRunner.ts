// Starts the agreement worker on first use and keeps it for the window's life.
import * as Comlink from 'comlink';
import type { AgreementWorkerApi } from './agreementWorker';
import type { AgreementRequest, AgreementResult } from './agreementWork';

let worker: Comlink.Remote<AgreementWorkerApi> | null = null;

export function runAgreement(request: AgreementRequest): Promise<AgreementResult> {
  worker ??= Comlink.wrap<AgreementWorkerApi>(new Worker(new URL('./agreementWorker.ts', import.meta.url), { type: 'module', name: 'framewise-agreement' }));
  return worker.computeAgreement(request);
}
