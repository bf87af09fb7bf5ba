// The documents of an import leave main in numbered batches, in the order of the request, while the
// files still in flight finish in any order.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { ImportBatches, type BatchLimits } from '../../../electron/library/importBatches';
import type { Outcome } from '../../../electron/library/importFiles';
import type { ImportBatch, ImportedDocument } from '../../../shared/ipc';

const JOB = 'job';
const LIMITS: BatchLimits = { documents: 3, chars: 1_000, waitMs: 250 };

function doc(name: string, text = `Text of ${name}.`): ImportedDocument {
  return { fileName: `${name}.txt`, path: `/in/${name}.txt`, sha256: name.padEnd(64, '0'), storedName: `${name}.txt`, format: 'txt', title: name, text, extraction: {}, words: 3 };
}
const imported = (...names: string[]): Outcome => ({ kind: 'imported', documents: names.map((n) => doc(n)) });
const refused = (name: string): Outcome => ({ kind: 'refused', problem: { fileName: `${name}.txt`, path: `/in/${name}.txt`, reason: 'the file is empty.' } });
const duplicate = (name: string): Outcome => ({ kind: 'duplicate', problem: { fileName: `${name}.txt`, path: `/in/${name}.txt`, reason: 'its content is already in the project.' } });

let sent: ImportBatch[];
let batches: ImportBatches;
beforeEach(() => {
  vi.useFakeTimers();
  sent = [];
  batches = new ImportBatches(JOB, (batch) => sent.push(batch), LIMITS);
});
afterEach(() => vi.useRealTimers());

const titles = () => sent.map((b) => [b.index, b.documents.map((d) => d.title)]);

describe('batches of an import', () => {
  test('keep the order of the request, whatever order the files finish in', () => {
    batches.settle(1, imported('b'));
    batches.settle(2, imported('c'));
    batches.settle(3, imported('d'));
    expect(sent).toEqual([]); // the first file is still being read
    batches.settle(0, imported('a'));
    expect(titles()).toEqual([[0, ['a', 'b', 'c']]]);
    batches.end();
    expect(titles()).toEqual([
      [0, ['a', 'b', 'c']],
      [1, ['d']],
    ]);
    expect(sent.every((b) => b.jobId === JOB)).toBe(true);
    expect([batches.sent, batches.documents]).toEqual([2, 4]);
  });

  test('a batch is sent once it holds enough text, even with few documents', () => {
    batches.settle(0, { kind: 'imported', documents: [doc('long', 'x'.repeat(1_200))] });
    batches.settle(1, imported('short'));
    expect(titles()).toEqual([[0, ['long']]]);
  });

  test('the rows of a spreadsheet are a batch of their own, however many, so that its columns are typed by all their rows', () => {
    batches.settle(0, imported('a'));
    batches.settle(1, imported('r1', 'r2', 'r3', 'r4', 'r5'));
    batches.settle(2, imported('b'));
    batches.settle(3, imported('s1', 's2'));
    batches.end();
    expect(titles()).toEqual([
      [0, ['a']],
      [1, ['r1', 'r2', 'r3', 'r4', 'r5']],
      [2, ['b']],
      [3, ['s1', 's2']],
    ]);
  });

  test('documents read before a slow file are sent after a short wait, not when the slow file is done', () => {
    batches.settle(0, imported('a'));
    vi.advanceTimersByTime(LIMITS.waitMs - 1);
    expect(sent).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(titles()).toEqual([[0, ['a']]]);
    batches.settle(1, imported('b'));
    batches.end();
    expect(titles()).toEqual([
      [0, ['a']],
      [1, ['b']],
    ]);
    // Nothing is left waiting: no batch is sent after the end.
    vi.advanceTimersByTime(10 * LIMITS.waitMs);
    expect(sent).toHaveLength(2);
  });

  test('duplicates and refused files are kept for the report in the order of the request; an import of none sends no batch', () => {
    batches.settle(2, refused('c'));
    batches.settle(1, duplicate('b'));
    batches.settle(0, refused('a'));
    batches.end();
    expect(sent).toEqual([]);
    expect(batches.refused.map((p) => p.fileName)).toEqual(['a.txt', 'c.txt']);
    expect(batches.duplicates.map((p) => p.fileName)).toEqual(['b.txt']);
  });

  test('once a batch cannot be sent, nothing more is sent and the end says why', () => {
    const failing = new ImportBatches(
      JOB,
      (batch) => {
        if (batch.index === 1) throw new Error('Object has been destroyed');
        sent.push(batch);
      },
      LIMITS,
    );
    failing.settle(0, imported('a', 'b', 'c'));
    failing.settle(1, imported('d', 'e', 'f'));
    failing.settle(2, imported('g'));
    expect(() => failing.end()).toThrow(expect.objectContaining({ message: 'the documents read could not be sent to the window', cause: expect.objectContaining({ message: 'Object has been destroyed' }) }));
    expect(titles()).toEqual([[0, ['a', 'b', 'c']]]);
    expect(failing.sent).toBe(1);
  });
});
