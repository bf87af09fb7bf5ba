// The agreement benchmark in the browser: the benchmark's codings stored in IndexedDB, then timed
// (1) reading them back with Dexie, the baseline the issue names, and (2) the app's agreement worker
// (renderer/features/agreement) computing the report at the character unit, structured clone to the
// worker and back included: alone, and with the disagreements list the Agreement place also asks for.
import Dexie, { type EntityTable } from 'dexie';
import type { CodingRecord } from '../../../shared/model';
import { runAgreement } from '../../../renderer/features/agreement/agreementRunner';
import { benchInput } from '../agreementBenchInput';

declare global {
  interface Window {
    prepareAgreement(): Promise<number>;
    readCodings(): Promise<number>;
    agreementInWorker(disagreements: boolean): Promise<{ ms: number; rows: number; disagreements: number }>;
  }
}

const input = benchInput();
const db = new Dexie('agreement-bench') as Dexie & { codings: EntityTable<CodingRecord, 'id'> };
db.version(1).stores({ codings: 'id, docId, codeId, coderId' });

window.prepareAgreement = async () => {
  await db.codings.clear();
  await db.codings.bulkPut([...input.codings]);
  return db.codings.count();
};

window.readCodings = async () => {
  const t0 = performance.now();
  const rows = await db.transaction('r', db.codings, () => db.codings.where('docId').anyOf(input.documents.map((d) => d.id)).toArray());
  const ms = performance.now() - t0;
  if (rows.length !== input.codings.length) throw new Error(`read ${rows.length} codings, stored ${input.codings.length}`);
  return ms;
};

window.agreementInWorker = async (disagreements) => {
  const t0 = performance.now();
  const result = await runAgreement({ input, options: { unit: 'characters', bootstrap: null }, consensusCoderId: null, disagreements });
  return { ms: performance.now() - t0, rows: result.report.rows.length, disagreements: result.disagreements.length };
};
