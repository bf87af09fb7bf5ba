// What the counts table (renderer/db/codingCounts.ts) costs each coding write: the app's own write
// path for applying a code (`applyCode`: the coding, its log entry and the count row it touches, in
// one transaction) against the same coding row and log entry written in one transaction without the
// count row, in a project database of the app's schema seeded with `seeded` codings.
import { ProjectDatabase } from '../../../renderer/db/projectDatabase';
import { applyCode } from '../../../renderer/db/codings';
import { rebuildCodingCounts } from '../../../renderer/db/codingCounts';
import type { OperationRecord } from '../../../renderer/db/operationRecord';
import { applyCodeChange } from '../../../shared/changes/codingChanges';
import type { CodingRecord } from '../../../shared/model';

export interface WriteTimes {
  /** Milliseconds of each write, in the order made: the app's path and the one without counts alternate. */
  withCounts: number[];
  withoutCounts: number[];
  countRows: number;
}

declare global {
  interface Window {
    timeCodingWrites(seeded: number, writes: number): Promise<WriteTimes>;
  }
}

const CODES = ['c1', 'c2', 'c3', 'c4'];
const CODERS = ['me', 'ana', 'ben'];
const DOCUMENTS = 1_000;
const TEXT = Array.from({ length: 800 }, (_, i) => `word${i}`).join(' ');
let run = 0;

function newCoding(i: number) {
  const start = (i * 37) % (TEXT.length - 200);
  return { docId: `d${i % DOCUMENTS}`, codeId: CODES[i % CODES.length]!, coderId: CODERS[i % CODERS.length]!, start, end: start + 60 };
}

window.timeCodingWrites = async (seeded, writes) => {
  const db = new ProjectDatabase(`counts-per-write-${run++}`);
  await db.open();
  const minting = { newId: () => crypto.randomUUID(), now: new Date().toISOString() };
  const rows = Array.from({ length: seeded }, (_, i) => applyCodeChange(TEXT, newCoding(i), 'c', minting).changes[0]!.after as CodingRecord);
  await db.transaction('rw', [db.codings, db.codingCounts], async () => {
    await db.codings.bulkAdd(rows);
    await rebuildCodingCounts(db.codingCounts, rows);
  });
  const withCounts: number[] = [];
  const withoutCounts: number[] = [];
  for (let i = 0; i < writes; i++) {
    const coding = newCoding(seeded + i);
    let t0 = performance.now();
    await applyCode(db, TEXT, coding, 'c');
    withCounts.push(performance.now() - t0);

    // The same rows the app writes for an application, without the count row.
    t0 = performance.now();
    const change = applyCodeChange(TEXT, newCoding(seeded + writes + i), 'c', { newId: () => crypto.randomUUID(), now: new Date().toISOString() });
    const row = change.changes[0]!.after as CodingRecord;
    const record: OperationRecord = {
      id: crypto.randomUUID(),
      at: new Date().toISOString(),
      coderId: row.coderId,
      label: change.label,
      kind: 'change',
      changes: change.changes,
      docIds: [row.docId],
      codeIds: [row.codeId],
    };
    await db.transaction('rw', [db.codings, db.operations], () => Promise.all([db.codings.bulkAdd([row]), db.operations.add(record)]));
    withoutCounts.push(performance.now() - t0);
  }
  const countRows = await db.codingCounts.count();
  db.close();
  await new Promise((resolve) => setTimeout(resolve, 0));
  await indexedDB.deleteDatabase(db.name);
  return { withCounts, withoutCounts, countRows };
};
