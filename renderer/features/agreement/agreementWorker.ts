// The agreement worker: agreementWork.ts behind Comlink, so that a large report (with its bootstrap)
// never holds up the window.
import * as Comlink from 'comlink';
import { computeAgreement } from './agreementWork';

const api = { computeAgreement };

export type AgreementWorkerApi = typeof api;

Comlink.expose(api);
