// The documents of an import leave main in numbered batches, in the order of the request, while the
// files still in flight finish in any order.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { ImportBatches, type BatchLimits } from '../../../electron/library/importBatches';
import type { Outcome } from '../../../electron/library/importOutcome';
import type { ImportBatch } from '../../../shared/ipc';
import { importedDocument } from '../../fixtures/importedDocument';

const JOB = 'job';
const LIMITS: BatchLimits = { documents: 3, chars: 1_000, waitMs: 250, tableRows: 2 };

const imported = (...names: string[]): Outcome => ({ kind: 'imported', documents: names.map((n) => importedDocument(n, { words: 3 })) });
const TYPES = { age: 'number', district: 'text' } as const;
/** The rows of a spreadsheet, as tableDocuments gives them: with their columns' types. */
const table = (...names: string[]): Outcome => ({
  kind: 'imported',
  documents: names.map((n) => ({ ...importedDocument(n, { words: 3 }), attributes: { age: '34', district: 'North' } })),
  attributeTypes: { ...TYPES },
});
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
    batches.settle(0, { kind: 'imported', documents: [importedDocument('long', { text: 'x'.repeat(1_200), words: 3 })] });
    batches.settle(1, imported('short'));
    expect(titles()).toEqual([[0, ['long']]]);
  });

  test('the rows of a spreadsheet go in batches of their own, of bounded size, each with the column types of the whole table', () => {
    batches.settle(0, imported('a'));
    batches.settle(1, table('r1', 'r2', 'r3', 'r4', 'r5'));
    batches.settle(2, imported('b'));
    batches.settle(3, table('s1', 's2'));
    batches.end();
    expect(titles()).toEqual([
      [0, ['a']],
      [1, ['r1', 'r2']],
      [2, ['r3', 'r4']],
      [3, ['r5']],
      [4, ['b']],
      [5, ['s1', 's2']],
    ]);
    expect(sent.map((b) => b.attributeTypes)).toEqual([undefined, TYPES, TYPES, TYPES, undefined, TYPES]);
  });

  test('a batch of rows is bounded by its text and attribute values too, however few rows it holds', () => {
    const long = (name: string, chars: number) => ({ ...importedDocument(name, { text: 'x'.repeat(chars), words: 3 }), attributes: { note: 'y'.repeat(chars) } });
    batches.settle(0, { kind: 'imported', documents: [long('r1', 300), long('r2', 300), long('r3', 100), long('r4', 100)], attributeTypes: { note: 'text' } });
    batches.end();
    // 600 units a row for r1 and r2 (text and note): each alone under the limit of 1,000, never together.
    expect(titles()).toEqual([
      [0, ['r1']],
      [1, ['r2', 'r3']],
      [2, ['r4']],
    ]);
  });

  test('a huge table never makes a batch over the limits', () => {
    const many = Array.from({ length: 10_001 }, (_, i) => `r${i}`);
    batches.settle(0, table(...many));
    batches.end();
    expect(Math.max(...sent.map((b) => b.documents.length))).toBe(LIMITS.tableRows);
    expect(sent.flatMap((b) => b.documents.map((d) => d.title))).toEqual(many);
    expect(sent.map((b) => b.index)).toEqual(sent.map((_, i) => i));
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

  test('a long import is written in few batches: each may hold twice the documents of the one before and wait twice as long, up to a cap', () => {
    const growing = new ImportBatches(JOB, (batch) => sent.push(batch), { ...LIMITS, chars: 1_000_000, growUpTo: 4 });
    const names = Array.from({ length: 40 }, (_, i) => `d${i}`);
    names.forEach((name, i) => growing.settle(i, imported(name)));
    growing.end();
    expect(sent.map((b) => b.documents.length)).toEqual([3, 6, 12, 12, 7]);
    expect(sent.flatMap((b) => b.documents.map((d) => d.title))).toEqual(names);

    // The wait grows too: after two batches sent, a lone document waits 4 times the first wait.
    sent = [];
    const slow = new ImportBatches(JOB, (batch) => sent.push(batch), { ...LIMITS, growUpTo: 4 });
    ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].forEach((name, i) => slow.settle(i, imported(name)));
    expect(sent.map((b) => b.documents.length)).toEqual([3, 6]);
    slow.settle(9, imported('late'));
    vi.advanceTimersByTime(4 * LIMITS.waitMs - 1);
    expect(sent).toHaveLength(2);
    vi.advanceTimersByTime(1);
    expect(titles().at(-1)).toEqual([2, ['late']]);
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
