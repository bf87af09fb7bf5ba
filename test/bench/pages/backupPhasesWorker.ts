// Where a backup's snapshot spends its time, one phase at a time, in a worker of the same Chromium as
// the app (test/bench/backupPhases.probe.ts drives it). The project is loaded the way the app opens a
// project file (backupWork.ts parseFile + loadParsed); then each phase is timed alone over the same
// rows: the reads (the app's paged read, and the alternatives), row compaction + JSON, UTF-8,
// SHA-256, CRC-32 with the zip's assembly, deflate (fflate's and the platform's), and last the app's
// whole writeSnapshot, so that the phases can be held against the total.
import * as Comlink from 'comlink';
import Dexie from 'dexie';
import { deflateSync, Zip, ZipPassThrough } from 'fflate';
import { loadParsed, parseFile, writeSnapshot } from '../../../renderer/features/backups/backupWork';
import { ProjectDatabase } from '../../../renderer/db/projectDatabase';
import { readProjectTables } from '../../../renderer/db/projectSnapshot';
import { RowCompactor } from '../../../shared/projectFile/rowCompaction';
import { TABLE_NAMES, type ProjectTables, type TableName } from '../../../shared/projectFile/projectTables';
import { writeProjectFile, type Deflater } from '../../../shared/projectFile/writeProjectFile';
import { digestSha256Hex } from '../../../shared/hash/digestSha256';
import { largeProject } from '../../shared/projectFile/largeProject';
import { readProjectTablesInTurn } from '../../../renderer/db/projectSnapshot';
import { streamProjectFile } from '../../../shared/projectFile/streamProjectFile';
import { createDigestEntryHasher } from '../../../shared/projectFile/entryHasher';
import { PlatformDeflateEntry } from '../../../renderer/features/backups/platformDeflateEntry';
import { loadWasmDeflate, WasmDeflateEntry } from '../../../renderer/features/backups/wasmDeflateEntry';
import { concatBytes } from '../../../shared/bytes/concatBytes';
import { LATEST_VERSION } from '../../../renderer/db/projectDatabase';

const PROJECT = 'backup-phases-probe';

async function timed<T>(step: () => T | Promise<T>): Promise<[number, T]> {
  const t0 = performance.now();
  const value = await step();
  return [performance.now() - t0, value];
}

/** Every table in one read transaction, one request per table: getAll, as the bench's baseline reads. */
function readWithGetAll(db: IDBDatabase): Promise<number> {
  const names = TABLE_NAMES.filter((name) => db.objectStoreNames.contains(name));
  const tx = db.transaction(names, 'readonly');
  return Promise.all(names.map((name) => new Promise<number>((resolve, reject) => {
    const request = tx.objectStore(name).getAll();
    request.onsuccess = () => resolve((request.result as unknown[]).length);
    request.onerror = () => reject(request.error);
  }))).then((counts) => counts.reduce((a, b) => a + b, 0));
}

/** Every table in one Dexie read transaction, in pages of `page` rows by primary key (projectSnapshot.ts's way). */
async function readInPages(db: Dexie, page: number): Promise<number> {
  let total = 0;
  await db.transaction('r', TABLE_NAMES.map((name) => db.table(name)), async () => {
    await Promise.all(TABLE_NAMES.map(async (name) => {
      const table = db.table(name);
      const keyPath = table.schema.primKey.keyPath as string;
      let rows = await table.orderBy(':id').limit(page).toArray();
      while (rows.length > 0) {
        total += rows.length;
        if (rows.length < page) break;
        rows = await table.where(':id').above(Dexie.getByKeyPath(rows.at(-1), keyPath)).limit(page).toArray();
      }
    }));
  });
  return total;
}

async function compress(bytes: Uint8Array, format: CompressionFormat): Promise<number> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream(format));
  let size = 0;
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return size;
    size += value.length;
  }
}

/** A stored zip of the entries: fflate's CRC-32 of every byte, and the zip's assembly. */
function zipStored(entries: Map<TableName, Uint8Array>): number {
  let size = 0;
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    size += chunk.length;
  });
  for (const [name, bytes] of entries) {
    const file = new ZipPassThrough(`${name}.jsonl`);
    zip.add(file);
    for (let start = 0; start < bytes.length; start += 1 << 20) file.push(bytes.subarray(start, start + (1 << 20)));
    file.push(new Uint8Array(0), true);
  }
  zip.end();
  return size;
}

type Deflate = 'platform' | 'wasm level 1' | 'wasm level 2' | 'fflate';

/** The writer's deflater for `deflate`; none for fflate's, the writer's own (at its default level, 1). */
function deflaterOf(deflate: Deflate): Deflater | undefined {
  if (deflate === 'fflate') return undefined;
  if (deflate === 'platform') return (name) => new PlatformDeflateEntry(name);
  const level = Number(deflate.slice(-1));
  return (name) => new WasmDeflateEntry(name, level);
}

/** The snapshot as writeSnapshot makes it (read in pages, zipped as read), with the deflater chosen: an A/B in one worker. */
async function snapshotWith(deflate: Deflate): Promise<{ ms: number; bytes: number }> {
  const t0 = performance.now();
  const db = new ProjectDatabase(PROJECT);
  await db.open();
  const chunks: Uint8Array[] = [];
  const deflater = deflaterOf(deflate);
  try {
    const reading = readProjectTablesInTurn(db);
    await streamProjectFile({
      header: { projectId: PROJECT, projectName: 'Probe', appVersion: 'probe', schemaVersion: LATEST_VERSION, writtenAt: new Date().toISOString(), writtenBy: null },
      tables: reading.tables as never,
      hasher: createDigestEntryHasher,
      ...(deflater ? { deflater } : {}),
      onChunk: (chunk) => chunks.push(chunk),
    });
    await reading.done;
  } finally {
    db.close();
  }
  return { ms: performance.now() - t0, bytes: concatBytes(chunks).length };
}

let runs = 0;

const api = {
  /** One snapshot with each deflate, in turn; milliseconds and MiB by variant. */
  async deflateAB(): Promise<Record<string, number>> {
    const out: Record<string, number> = {};
    await loadWasmDeflate();
    // Each run goes through the deflaters in another order, so that no one of them always comes first.
    const order: Deflate[] = ['platform', 'wasm level 1', 'wasm level 2', 'fflate'];
    for (let turn = runs++ % order.length; turn > 0; turn--) order.push(order.shift()!);
    for (const deflate of order) {
      const { ms, bytes } = await snapshotWith(deflate);
      out[`snapshot, deflate by ${deflate}`] = ms;
      out[`snapshot, deflate by ${deflate}, MiB`] = bytes / 2 ** 20;
    }
    return out;
  },

  /** Makes the project once per profile: largeProject as a project file, opened as the app opens one. */
  async load(documents: number, codings: number): Promise<{ ms: number; codings: number }> {
    const t0 = performance.now();
    const db = new ProjectDatabase(PROJECT);
    await db.open();
    const present = await db.codings.count();
    db.close();
    if (present !== codings) {
      const tables = largeProject(documents, codings);
      const file = writeProjectFile({ header: { projectId: PROJECT, projectName: 'Probe', appVersion: 'probe', schemaVersion: 4, writtenAt: new Date().toISOString(), writtenBy: null }, tables });
      const parsed = await parseFile(file.bytes);
      if (!parsed.ok) throw new Error(parsed.problems[0]?.message);
      await loadParsed(parsed.token, PROJECT, true);
    }
    return { ms: performance.now() - t0, codings };
  },

  /** One run of every phase; milliseconds by phase, and sizes. */
  async phases(): Promise<Record<string, number>> {
    const out: Record<string, number> = {};
    const db = new ProjectDatabase(PROJECT);
    await db.open();
    let tables: ProjectTables;
    try {
      [out['read: the app (readProjectTables, pages of 2,000)'], tables] = await timed(() => readProjectTables(db));
      [out['read: one getAll per table (the baseline’s read)']] = await timed(() => readWithGetAll(db.backendDB()));
      [out['read: Dexie toArray per table']] = await timed(() => db.transaction('r', TABLE_NAMES.map((n) => db.table(n)), () => Promise.all(TABLE_NAMES.map((n) => db.table(n).toArray()))));
      [out['read: pages of 10,000']] = await timed(() => readInPages(db, 10_000));
      [out['read: pages of 25,000']] = await timed(() => readInPages(db, 25_000));
    } finally {
      db.close();
    }

    const texts = new Map<TableName, string>();
    const compactor = new RowCompactor();
    [out['compaction + JSON.stringify']] = await timed(() => {
      for (const table of TABLE_NAMES) {
        let lines = '';
        for (const row of tables[table] as unknown[]) lines += JSON.stringify(compactor.compact(table, row)) + '\n';
        texts.set(table, lines);
      }
    });
    const encoder = new TextEncoder();
    const entries = new Map<TableName, Uint8Array>();
    [out['UTF-8 (TextEncoder)']] = await timed(() => {
      for (const [table, text] of texts) entries.set(table, encoder.encode(text));
    });
    out['entries, MiB'] = [...entries.values()].reduce((n, e) => n + e.length, 0) / 2 ** 20;
    [out['SHA-256 (WebCrypto)']] = await timed(() => Promise.all([...entries.values()].map((e) => digestSha256Hex(e))));
    [out['CRC-32 + zip assembly (fflate, stored)']] = await timed(() => zipStored(entries));
    let size = 0;
    [out['deflate level 1 (fflate)']] = await timed(() => {
      size = 0;
      for (const e of entries.values()) size += deflateSync(e, { level: 1 }).length;
    });
    out['deflate level 1 (fflate), MiB'] = size / 2 ** 20;
    [out['deflate-raw (CompressionStream)']] = await timed(async () => {
      size = 0;
      for (const e of entries.values()) size += await compress(e, 'deflate-raw');
    });
    out['deflate-raw (CompressionStream), MiB'] = size / 2 ** 20;
    [out['gzip (CompressionStream: deflate + CRC-32)']] = await timed(async () => {
      for (const e of entries.values()) await compress(e, 'gzip');
    });
    [out['gzip, the tables at once (CompressionStream)']] = await timed(() => Promise.all([...entries.values()].map((e) => compress(e, 'gzip'))));

    const header = { projectName: 'Probe', appVersion: 'probe', writtenAt: new Date().toISOString(), writtenBy: null, backupReason: 'on-request' };
    const [whole, snapshot] = await timed(() => writeSnapshot({ projectId: PROJECT, header }));
    out['writeSnapshot: snapshot (the app’s measure)'] = snapshot.timings.snapshot;
    out['writeSnapshot: check'] = snapshot.timings.check;
    out['writeSnapshot: whole'] = whole;
    out['backup file, MiB'] = snapshot.bytes.length / 2 ** 20;
    return out;
  },
};

export type BackupPhasesApi = typeof api;

Comlink.expose(api);
