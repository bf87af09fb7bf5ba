// The corpus-search worker: searchWork.ts behind Comlink, in a worker of its own so that Cancel can
// end it (one regular expression cannot be interrupted while it runs on a text) without losing the
// analysis worker's index.
import * as Comlink from 'comlink';
import { createSearchWork } from './searchWork';

const api = createSearchWork();

export type SearchWorkerApi = typeof api;

Comlink.expose(api);
