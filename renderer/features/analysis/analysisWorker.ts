// The analysis worker: analysisWork.ts behind Comlink, so that a Compare table with its bootstrap, a
// co-occurrence matrix or distinctive words over a thousand documents never holds up coding.
import * as Comlink from 'comlink';
import { createAnalysisWork } from './analysisWork';

const api = createAnalysisWork();

export type AnalysisWorkerApi = typeof api;

Comlink.expose(api);
