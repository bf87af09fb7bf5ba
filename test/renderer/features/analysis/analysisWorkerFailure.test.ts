// A worker that fails (its script does not load, or it stops on an error of its own) never answers
// the calls waiting on it: Retrieve, Compare and corpus search must then say that the analysis failed,
// not stay "computing" for good, and the next question must start a worker afresh.
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { AnalysisRows } from '../../../../renderer/db/analysisRows';
import { EMPTY_RETRIEVE_QUERY } from '../../../../shared/retrieve/retrieveQuery';
import { code, codingOf, doc, project } from '../../../shared/analysis/fixtures';

/** A worker whose module fails to load: it takes messages, answers none, and reports an error. */
class FailingWorker extends EventTarget {
  static started = 0;
  constructor() {
    super();
    FailingWorker.started++;
    setTimeout(() => this.dispatchEvent(Object.assign(new Event('error'), { message: 'Uncaught SyntaxError: Unexpected token' })), 5);
  }
  postMessage(): void {}
  terminate(): void {}
  start(): void {}
}

vi.stubGlobal('Worker', FailingWorker);
const { askAnalysis, startSearch } = await import('../../../../renderer/features/analysis/analysisRunner');

afterEach(() => {
  FailingWorker.started = 0;
});

const TEXT = 'Rents rose. The council said no.';
const { rows } = project({ documents: [doc('a', 0, TEXT)], codes: [code('c', 'rents')], codings: [codingOf(TEXT, 'a', 'c', 'Rents rose')], texts: { a: TEXT } });
const read: AnalysisRows = { rows, texts: new Map([['a', TEXT]]) };

/** The promise's outcome, or 'pending' if it has not settled within a second. */
async function outcome(promise: Promise<unknown>): Promise<unknown> {
  const pending = new Promise((resolve) => setTimeout(() => resolve('pending'), 1_000));
  return Promise.race([promise.then((value) => ({ value }), (error: unknown) => ({ error: error instanceof Error ? error.message : String(error) })), pending]);
}

describe('a worker that fails', () => {
  test('fails the Retrieve question waiting on it, and the next question starts a new worker', async () => {
    const first = await outcome(askAnalysis(read, (work) => work.retrieve(EMPTY_RETRIEVE_QUERY, { kind: 'none' })));
    expect(first).toEqual({ error: expect.stringMatching(/analysis worker stopped.*SyntaxError/i) });
    const second = await outcome(askAnalysis(read, (work) => work.retrieve(EMPTY_RETRIEVE_QUERY, { kind: 'none' })));
    expect(second).toEqual({ error: expect.stringMatching(/analysis worker stopped/i) });
    expect(FailingWorker.started).toBe(2);
  });

  test('fails a corpus search waiting on it', async () => {
    const search = startSearch(read, { pattern: 'rents', mode: 'word', caseInsensitive: true, accentInsensitive: false }, ['a']);
    expect(await outcome(search.result)).toEqual({ error: expect.stringMatching(/search worker stopped.*SyntaxError/i) });
  });
});
