// Backups of a large project (issue 11): 1,000 documents of 800 words and 100,000 codings (and, as
// coding by hand leaves it, an operations log of one entry per coding), opened in the app from a
// project file made in Node (test/shared/projectFile/largeProject.ts). Per run, in the same window:
//   1. Baseline: reading every table in one read transaction with IndexedDB's getAll (what Dexie's
//      toArray does, without Dexie's own few microseconds per call: the app bundles Dexie, the page
//      exposes none), plus writing as many bytes as the backup has to disk in Node (write + fsync,
//      as main's atomic write does).
//   2. A backup ("Back up now") with nothing else going on, as the baseline reads. The backup's
//      phases are User Timing measures of the app (features/backups/backupTiming.ts): the snapshot
//      (read and zipped in the backup worker), its check there (the bytes opened as a reader opens
//      them), main's write and read-back. Goal: snapshot + write at most 2× the baseline (the check,
//      which the baseline has no counterpart of, is reported beside it, and the whole backup too).
//      Handing the bytes to main goes through this harness's bridge, which base64-encodes them in
//      the page and carries the text over DevTools, where Electron's IPC copies them: the same
//      number of bytes is carried alone right after (`carryBytes`), and the ratio is given with and
//      without that transport, as the import bench does (issue 14, item 5).
//   3. A backup while a researcher codes: the Code screen open on a document, a passage selected and
//      coded (key 1) again and again until the backup is done. Goal: the longest gap between frames
//      while coding under 100 ms. Frame gaps are reported for the snapshot (the worker's part, where
//      the window only codes) and for the whole backup (the bridge's base64 included). Its duration
//      is reported too: the window's coding and the worker then share the machine's two cores.
//   4. Restoring the backup as a new project: from the click to the status line's "Opened".
import { mkdtemp, open, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { writeProjectFile } from '../../shared/projectFile/writeProjectFile';
import { largeProject } from '../shared/projectFile/largeProject';
import { launchApp, type App } from '../e2e/app';
import { BACKUP_CHECK_MEASURE, BACKUP_MEASURE, BACKUP_READS_MEASURE, BACKUP_SNAPSHOT_MEASURE, BACKUP_WORKER_CHECK_MEASURE, BACKUP_WRITE_MEASURE, PROJECT_FILE_LOAD_MEASURE, PROJECT_FILE_READ_MEASURE } from '../../renderer/features/backups/backupTiming';
import { TABLE_NAMES } from '../../shared/projectFile/projectTables';
import { median, ms, ratio, type Benchmark } from './benchmark';
import { openProjectId } from '../e2e/projectRows';
import { applyCodeByKey } from './codingKeys';
import { PAGE_BASE64, nodeBase64, unpackBytes } from '../e2e/bridgeBytes';
import { watchFrames, type FrameWindow } from './frameWatch';

// FW_BENCH_SCALE (0 < s ≤ 1) shrinks the project for a quick look; RESULTS.md figures are at 1.
const SCALE = Number(process.env.FW_BENCH_SCALE ?? 1);
const DOCS = Math.round(1000 * SCALE);
const CODINGS = Math.round(100_000 * SCALE);
const RUNS = 3;

/** A backup with nothing else going on (what the ratio holds against the baseline). */
interface AloneRun extends BackupTiming {
  bytes: number;
  /** This harness's carrying of as many bytes from the page to Node, alone (`carryBytes`). */
  transport: number;
  baselineRead: number;
  baselineWrite: number;
}

/** The app's User Timing measures of its last backup (backupTiming.ts), in ms. */
interface BackupTiming {
  snapshot: number;
  /** Of the snapshot, its reads (every table read; the rest is zipping what was read). */
  reads: number;
  write: number;
  workerCheck: number;
  /** Main's read-back hash compared, the index written. */
  check: number;
  /** The whole backup, check and rotation included. */
  total: number;
}

/** A backup while coding: its frames, and how long it took with the window's coding beside it. */
interface BackupRun extends BackupTiming {
  /** The longest frame gap while the worker read, zipped and checked, from the document shown (the window only coded). */
  gapDuringSnapshot: number;
  /** The same, split: while the worker read, and while it zipped what it had read. */
  gapDuringReads: number;
  gapDuringZipping: number;
  /** The same from the click on "Back up now": going to the Code place and opening the document included. */
  gapDuringSnapshotWithNavigation: number;
  /** The longest frame gap coding as many times again with no backup running. */
  gapWithoutBackup: number;
  longFramesWithoutBackup: string[];
  /** The longest 'long-animation-frame' entry during the snapshot (0 when none was over 50 ms). */
  longestFrameDuringSnapshot: number;
  /** The three longest frames during the snapshot and the scripts that ran in them. */
  longFramesDuringSnapshot: string[];
  longestFrameGap: number;
  applications: number;
}

export default (async () => {
  const scratch = await mkdtemp(join(tmpdir(), 'fw-bench-backup-'));
  let app: App | null = null;
  try {
    const tables = largeProject(DOCS, CODINGS);
    const file = join(scratch, 'large.framewise');
    await writeFile(file, writeProjectFile({ header: { projectId: crypto.randomUUID(), projectName: 'Large project', appVersion: 'bench', schemaVersion: 4, writtenAt: new Date().toISOString(), writtenBy: null }, tables }).bytes);
    const load = loadavg()[0]!;

    app = await launchApp();
    const { page } = app;
    const t0 = Date.now();
    app.dialog.willOpen([file]);
    await page.getByRole('button', { name: 'Open project file…' }).click();
    await page.getByRole('dialog', { name: /^Open / }).getByRole('button', { name: 'Open as a new project' }).click({ timeout: 300_000 });
    await page.getByRole('status', { name: 'Status' }).filter({ hasText: 'as a new project' }).waitFor({ timeout: 300_000 });
    const openFromFile = Date.now() - t0;
    const openPhases = await lastPhases(page);
    // Opened, it is backed up: wait for that backup, which the runs do not count.
    await waitForBackups(page, 1);

    const alone: AloneRun[] = [];
    const runs: BackupRun[] = [];
    const restores: Restore[] = [];
    for (let run = 0; run < RUNS; run++) {
      const baselineRead = await readEveryTable(page);
      const measuredAlone = await backupAlone(app);
      const baselineWrite = await writeBytes(join(app.dataDir, 'baseline.bin'), measuredAlone.bytes);
      alone.push({ ...measuredAlone, baselineRead, baselineWrite });
      console.log(`  run ${run + 1}: backup alone ${ms(measuredAlone.snapshot + measuredAlone.write)} (snapshot ${ms(measuredAlone.snapshot)}, write ${ms(measuredAlone.write)} of which the harness's transport ${ms(measuredAlone.transport)}), baseline ${ms(baselineRead + baselineWrite)}, load ${loadavg()[0]!.toFixed(1)}`);
      const measured = await backupWhileCoding(app);
      runs.push(measured);
      console.log(`    while coding: backup ${ms(measured.snapshot + measured.write)} (reads ${ms(measured.reads)}), longest frame gap ${ms(measured.gapDuringSnapshot)} during the snapshot (${ms(measured.gapDuringReads)} reading, ${ms(measured.gapDuringZipping)} zipping), ${ms(measured.longestFrameGap)} in all, load ${loadavg()[0]!.toFixed(1)}`);
      for (const frame of measured.longFramesDuringSnapshot) console.log(`    long frame during the snapshot, coding: ${frame}`);
      for (const frame of measured.longFramesWithoutBackup) console.log(`    long frame coding without a backup: ${frame}`);
    }
    restores.push(await restoreNewest(app));
    const transactions = await oneTransactionOrMany(page, CODINGS);
    console.log(`  ${CODINGS} coding-like rows written: in one transaction ${ms(transactions.one)}, in transactions of 5,000 ${ms(transactions.many)}`);

    // The app's own cost: its snapshot, and its write less what this harness adds to carry the bytes.
    const net = (x: AloneRun) => x.snapshot + x.write - x.transport;
    const backup = median(alone.map(net));
    const withTransport = median(alone.map((x) => x.snapshot + x.write));
    const base = median(alone.map((x) => x.baselineRead + x.baselineWrite));
    const r = backup / base;
    const whileCoding = median(runs.map((x) => x.snapshot + x.write));
    const gap = Math.max(...runs.map((x) => x.gapDuringSnapshot));
    const gapAll = Math.max(...runs.map((x) => x.longestFrameGap));
    const list = (values: number[]) => values.map((v) => v.toFixed(0)).join(', ');
    return {
      title: `Backup: ${DOCS.toLocaleString('en')} documents, ${CODINGS.toLocaleString('en')} codings`,
      figures: [
        { name: 'backup file', value: `${(median(alone.map((x) => x.bytes)) / 2 ** 20).toFixed(1)} MiB`, note: 'tables only (originals stay in the library), deflated in the backup worker by WebAssembly at level 2 (wasmDeflateEntry.ts; the platform’s zlib at its level 6 wrote 13.9 MiB)' },
        { name: 'backup alone: snapshot + write, less the harness’s transport (Framewise)', value: ms(backup), note: `median of ${RUNS}: ${list(alone.map(net))}; snapshot ${list(alone.map((x) => x.snapshot))}, write ${list(alone.map((x) => x.write))}, of which the transport ${list(alone.map((x) => x.transport))}` },
        { name: 'harness transport: the backup’s bytes carried from the page to Node', value: ms(median(alone.map((x) => x.transport))), note: `median of ${RUNS}; base64 in the page and the text over DevTools, as the bridge carries the write's bytes, timed alone right after each backup (Electron's IPC copies them instead)` },
        { name: 'baseline: read every table + write as many bytes', value: ms(base), note: `median of ${RUNS}: ${list(alone.map((x) => x.baselineRead + x.baselineWrite))}; read ${list(alone.map((x) => x.baselineRead))}, write ${list(alone.map((x) => x.baselineWrite))}` },
        { name: 'ratio to baseline', value: ratio(r), note: `goal ≤ 2.00×; with the harness's transport: ${ratio(withTransport / base)} (${ms(withTransport)})` },
        { name: 'and its check: the bytes opened as a reader opens them (worker)', value: ms(median(alone.map((x) => x.workerCheck))), note: `median of ${RUNS}: ${list(alone.map((x) => x.workerCheck))}; then main's read-back hash compared, the index written: ${list(alone.map((x) => x.check))}` },
        { name: 'whole backup, check and rotation included', value: ms(median(alone.map((x) => x.total))), note: `median of ${RUNS}: ${list(alone.map((x) => x.total))}; ${ratio(median(alone.map((x) => x.total)) / base)} the baseline` },
        { name: 'backup while coding: snapshot + write', value: ms(whileCoding), note: `median of ${RUNS}: ${list(runs.map((x) => x.snapshot + x.write))}; snapshot ${list(runs.map((x) => x.snapshot))}, write ${list(runs.map((x) => x.write))} (transport included); ${ratio(whileCoding / base)} the baseline, read with nothing else going on` },
        { name: 'longest gap between frames while coding, during the snapshot', value: ms(gap), note: `worst of ${RUNS} (each: ${list(runs.map((x) => x.gapDuringSnapshot))}); while the worker read: ${list(runs.map((x) => x.gapDuringReads))} (reads ${list(runs.map((x) => x.reads))} ms of the snapshot), while it zipped what it had read: ${list(runs.map((x) => x.gapDuringZipping))}; codes applied during each backup: ${list(runs.map((x) => x.applications))}; goal < 100 ms` },
        { name: 'longest gap between frames, coding with no backup running', value: ms(Math.max(...runs.map((x) => x.gapWithoutBackup))), note: `worst of ${RUNS} (each: ${list(runs.map((x) => x.gapWithoutBackup))}); right after each backup, as many applications; the same window and load` },
        { name: 'longest gap between frames during the snapshot, going to the Code place and opening the document included', value: ms(Math.max(...runs.map((x) => x.gapDuringSnapshotWithNavigation))), note: `worst of ${RUNS} (each: ${list(runs.map((x) => x.gapDuringSnapshotWithNavigation))})` },
        { name: 'longest animation frame during the snapshot', value: ms(Math.max(...runs.map((x) => x.longestFrameDuringSnapshot))), note: `worst of ${RUNS} (each: ${list(runs.map((x) => x.longestFrameDuringSnapshot))}); Chromium's long-animation-frame entries (work on the window's thread in one frame; 0: none over 50 ms); the worst: ${runs.flatMap((x) => x.longFramesDuringSnapshot).sort((a, b) => parseInt(b) - parseInt(a))[0] ?? 'none'}` },
        { name: 'longest gap between frames, the whole backup', value: ms(gapAll), note: `worst of ${RUNS} (each: ${list(runs.map((x) => x.longestFrameGap))}); includes handing the bytes to main, which this harness does by base64 in the page (Electron's IPC copies them instead)` },
        { name: 'open the project file as a new project', value: ms(openFromFile), note: `read and checked in the worker ${ms(openPhases.read)}, rows loaded ${ms(openPhases.load)}` },
        { name: 'restore the newest backup as a new project', value: ms(median(restores.map((x) => x.total))), note: `click to status line; read and checked in the worker ${ms(restores[0]!.read)}, rows loaded ${ms(restores[0]!.load)}` },
        {
          name: 'writing as many coding rows (with the codings’ indexes) in one transaction / in transactions of 5,000',
          value: `${ms(transactions.one)} / ${ms(transactions.many)}`,
          note: 'raw IndexedDB in the same window after the restore, one after the other: whether loading in one transaction is what makes a restore slow',
        },
        { name: 'machine load (1-minute average) at the start and the end', value: `${load.toFixed(2)}, ${loadavg()[0]!.toFixed(2)}`, note: '2 cores, shared' },
      ],
      verdict: `A backup costs ${ratio(r)} the baseline without the harness's transport (goal ≤ 2×: ${r <= 2 ? 'met' : 'not met'}; ${ratio(withTransport / base)} with it, ${ratio(whileCoding / base)} while coding); the longest frame gap while coding during its snapshot was ${ms(gap)} (goal < 100 ms: ${gap < 100 ? 'met' : 'not met'}), ${ms(gapAll)} over the whole backup through the test bridge.`,
    };
  } finally {
    await app?.dispose();
    await rm(scratch, { recursive: true, force: true });
  }
}) satisfies Benchmark;

/** Reads every table of the open project in one read transaction, with getAll; the time in the page. */
async function readEveryTable(page: Page): Promise<number> {
  const projectId = await openProjectId(page);
  return page.evaluate(async ([tables, projectId]) => {
    const t0 = performance.now();
    const db = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open(`framewise-project-${projectId}`);
      request.onsuccess = () => resolve(request.result);
    });
    const names = tables.filter((t) => db.objectStoreNames.contains(t));
    const tx = db.transaction(names, 'readonly');
    await Promise.all(
      names.map(
        (name) =>
          new Promise((resolve) => {
            const request = tx.objectStore(name).getAll();
            request.onsuccess = () => resolve(request.result.length);
          }),
      ),
    );
    const elapsed = performance.now() - t0;
    db.close();
    return elapsed;
  }, [[...TABLE_NAMES], projectId] as const);
}

/**
 * Writes `count` rows shaped as codings (with the codings' secondary indexes of today's schema) into a
 * scratch database with raw IndexedDB, in one transaction and then in transactions of 5,000 rows, and
 * times both: restore's cost of the transaction's size, apart from everything else a restore does.
 */
function oneTransactionOrMany(page: Page, count: number): Promise<{ one: number; many: number }> {
  return page.evaluate(async (count) => {
    const rows = Array.from({ length: count }, (_, i) => ({
      id: `coding-${i}-${Math.random().toString(36).slice(2)}`,
      docId: `doc-${i % 1000}`,
      codeId: `code-${i % 4}`,
      coderId: `coder-${i % 3}`,
      start: (i * 37) % 5000,
      end: ((i * 37) % 5000) + 40,
      quote: 'a passage of forty characters or so, here',
      createdAt: new Date(1_700_000_000_000 + i).toISOString(),
    }));
    const time = async (name: string, slice: number) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name, 1);
        request.onupgradeneeded = () => {
          const store = request.result.createObjectStore('codings', { keyPath: 'id' });
          store.createIndex('coderId', 'coderId');
          store.createIndex('docId+start', ['docId', 'start']);
          store.createIndex('codeId+docId', ['codeId', 'docId']);
          store.createIndex('docId+coderId', ['docId', 'coderId']);
        };
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const t0 = performance.now();
      for (let start = 0; start < rows.length; start += slice) {
        const tx = db.transaction('codings', 'readwrite');
        const store = tx.objectStore('codings');
        for (const row of rows.slice(start, start + slice)) store.add(row);
        await new Promise((resolve, reject) => {
          tx.oncomplete = resolve;
          tx.onerror = () => reject(tx.error);
        });
      }
      const elapsed = performance.now() - t0;
      db.close();
      await new Promise((resolve) => (indexedDB.deleteDatabase(name).onsuccess = resolve));
      return elapsed;
    };
    const one = await time('bench-one-transaction', rows.length);
    const many = await time('bench-many-transactions', 5_000);
    return { one, many };
  }, count);
}

async function writeBytes(path: string, bytes: number): Promise<number> {
  const data = new Uint8Array(bytes).map((_, i) => (i * 131) & 0xff);
  const t0 = performance.now();
  const handle = await open(path, 'w');
  await handle.writeFile(data);
  await handle.sync();
  await handle.close();
  const elapsed = performance.now() - t0;
  await rm(path);
  return elapsed;
}

async function waitForBackups(page: Page, count: number): Promise<void> {
  await page.waitForFunction((n) => performance.getEntriesByName('framewise: backup').length >= n, count, { timeout: 600_000, polling: 500 });
}

/** "Back up now", then code on the Code screen until the backup is done, recording frame gaps. */
async function backupWhileCoding(app: App): Promise<BackupRun> {
  const { page } = app;
  await page.getByRole('navigation', { name: 'Places' }).getByRole('button', { name: 'Backups' }).click();
  await watchFrames(page);
  const nth = (await backupsMeasured(page)) + 1;
  await page.getByRole('button', { name: 'Back up now' }).click({ timeout: 600_000 });
  await page.getByRole('navigation', { name: 'Places' }).getByRole('button', { name: 'Code' }).click();
  const nav = page.getByRole('navigation', { name: /Documents/ });
  await nav.getByRole('row', { name: new RegExp(`^Article ${nth}(\\D|$)`) }).first().click();
  await page.getByRole('document', { name: `Text of Article ${nth}` }).waitFor();
  // "While coding": from the document shown (going to the Code place and opening a document is
  // the app's own rendering, with or without a backup; it is reported apart).
  const codingFrom = await page.evaluate(() => performance.now());
  let applications = 0;
  while ((await backupsMeasured(page)) < nth) await applyCode(page, applications++);
  const timing = await lastBackupTiming(page);
  const snapshotEnd = timing.snapshotStart + timing.snapshot;
  const frames = await framesBetween(page, Math.max(codingFrom, timing.snapshotStart), snapshotEnd);
  const readsEnd = timing.snapshotStart + timing.reads;
  const duringReads = await framesBetween(page, Math.max(codingFrom, timing.snapshotStart), readsEnd);
  const duringZipping = await framesBetween(page, Math.max(codingFrom, readsEnd), snapshotEnd);
  const withNavigation = await framesBetween(page, timing.snapshotStart, snapshotEnd);
  const whole = await framesBetween(page, timing.snapshotStart, timing.snapshotStart + timing.total);
  // The same coding with no backup running, as many applications: what the window's thread costs anyway.
  const quietFrom = await page.evaluate(() => performance.now());
  for (let k = 0; k < Math.max(applications, 10); k++) await applyCode(page, applications + k);
  const quiet = await framesBetween(page, quietFrom, await page.evaluate(() => performance.now()));
  await page.evaluate(() => ((window as unknown as { __gaps: { running: boolean } }).__gaps.running = false));
  return {
    snapshot: timing.snapshot,
    reads: timing.reads,
    workerCheck: timing.workerCheck,
    write: timing.write,
    check: timing.check,
    total: timing.total,
    gapDuringSnapshot: frames.longestGap,
    gapDuringReads: duringReads.longestGap,
    gapDuringZipping: duringZipping.longestGap,
    gapDuringSnapshotWithNavigation: withNavigation.longestGap,
    longestFrameDuringSnapshot: frames.longFrames[0] ? parseInt(frames.longFrames[0]) : 0,
    longFramesDuringSnapshot: frames.longFrames,
    longestFrameGap: whole.longestGap,
    gapWithoutBackup: quiet.longestGap,
    longFramesWithoutBackup: quiet.longFrames,
    applications,
  };
}

/** "Back up now" on the Backups place, and nothing else until it is done; then its bytes carried alone. */
async function backupAlone(app: App): Promise<Omit<AloneRun, 'baselineRead' | 'baselineWrite'>> {
  const { page } = app;
  await page.getByRole('navigation', { name: 'Places' }).getByRole('button', { name: 'Backups' }).click();
  const nth = (await backupsMeasured(page)) + 1;
  await page.getByRole('button', { name: 'Back up now' }).click({ timeout: 600_000 });
  await waitForBackups(page, nth);
  const { snapshotStart: _, ...timing } = await lastBackupTiming(page);
  const bytes = await newestBackupSize(app);
  return { ...timing, bytes, transport: await carryBytes(app, bytes) };
}

function backupsMeasured(page: Page): Promise<number> {
  return page.evaluate((name) => performance.getEntriesByName(name).length, BACKUP_MEASURE);
}

function lastBackupTiming(page: Page): Promise<BackupTiming & { snapshotStart: number }> {
  return page.evaluate(
    ([snapshot, reads, write, check, total, workerCheck]) => {
      const last = (name: string) => performance.getEntriesByName(name).at(-1)!;
      return { snapshotStart: last(snapshot).startTime, snapshot: last(snapshot).duration, reads: last(reads).duration, workerCheck: last(workerCheck).duration, write: last(write).duration, check: last(check).duration, total: last(total).duration };
    },
    [BACKUP_SNAPSHOT_MEASURE, BACKUP_READS_MEASURE, BACKUP_WRITE_MEASURE, BACKUP_CHECK_MEASURE, BACKUP_MEASURE, BACKUP_WORKER_CHECK_MEASURE] as const,
  );
}

async function newestBackupSize(app: App): Promise<number> {
  const folder = join(app.dataDir, 'backups', await openProjectId(app.page));
  const newest = (await readdir(folder)).filter((f) => f.endsWith('.framewise')).sort().at(-1)!;
  return (await stat(join(folder, newest))).size;
}

/** How many bytes the last `carryBytes` brought to Node (the binding, exposed once, sets it). */
let carried = -1;

/**
 * This harness's transport of `count` bytes from the page to Node, alone: packed as the bridge packs
 * a Uint8Array (base64 in the page, bridgeBytes.ts), carried by a Playwright binding, unpacked in Node.
 */
async function carryBytes(app: App, count: number): Promise<number> {
  const { context, page } = app;
  carried = -1;
  // Playwright adds a binding to the frames already open too: the window is not reloaded.
  if (!(await page.evaluate(() => '__benchCarry' in window))) await context.exposeBinding('__benchCarry', (_source, packed: unknown) => void (carried = (unpackBytes(packed, nodeBase64.decode) as Uint8Array).length));
  const elapsed = await page.evaluate(`(async () => {
    const base64 = ${PAGE_BASE64};
    const bytes = new Uint8Array(${count});
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 2654435761) >>> 24;
    const t0 = performance.now();
    await window.__benchCarry({ __framewiseBytes: base64.encode(bytes) });
    return performance.now() - t0;
  })()`);
  if (carried !== count) throw new Error(`the harness carried ${carried} bytes, expected ${count}`);
  return elapsed as number;
}

/** One application of code 1 (codingKeys.ts), then a look at the status line. */
async function applyCode(page: Page, k: number): Promise<void> {
  await applyCodeByKey(page, k);
  // A backup that failed never ends its measure: say why instead of coding on forever.
  const said = await page.getByRole('status', { name: 'Status' }).innerText();
  if (/backup of .* (failed|was not written)/iu.test(said)) throw new Error(`the backup failed: ${said}`);
}

/** The longest frame gap, and the long frames (longest first, with their scripts), that overlap [from, to]. */
function framesBetween(page: Page, from: number, to: number): Promise<{ longestGap: number; longFrames: string[] }> {
  return page.evaluate(
    ([from, to]) => {
      const w = window as unknown as FrameWindow;
      const overlaps = (start: number, end: number) => end > from && start < to;
      const gaps = w.__gaps.gaps.filter(([start, end]) => overlaps(start, end)).map(([start, end]) => end - start);
      const longFrames = w.__longFrames.filter((f) => overlaps(f.start, f.start + f.duration)).sort((a, b) => b.duration - a.duration);
      return {
        longestGap: Math.max(0, ...gaps),
        longFrames: longFrames.slice(0, 3).map((f) => `${f.duration.toFixed(0)} ms (blocking ${f.blocking.toFixed(0)}): ${f.scripts.join('; ') || 'no script over 5 ms (style, layout, paint, or the thread descheduled)'}`),
      };
    },
    [from, to] as const,
  );
}

interface Restore {
  total: number;
  /** The file read and checked in the worker, then its rows written into the new database (User Timing). */
  read: number;
  load: number;
}

function lastPhases(page: Page): Promise<{ read: number; load: number }> {
  return page.evaluate(
    ([read, load]) => ({ read: performance.getEntriesByName(read).at(-1)?.duration ?? NaN, load: performance.getEntriesByName(load).at(-1)?.duration ?? NaN }),
    [PROJECT_FILE_READ_MEASURE, PROJECT_FILE_LOAD_MEASURE] as const,
  );
}

async function restoreNewest(app: App): Promise<Restore> {
  const { page } = app;
  await page.getByRole('button', { name: 'Backups', exact: true }).click();
  const restore = page.getByRole('button', { name: /^Restore the backup taken/ }).first();
  const t0 = Date.now();
  await restore.click();
  await page.getByRole('dialog', { name: 'Restore a backup' }).getByRole('button', { name: 'Open as a new project' }).click({ timeout: 300_000 });
  await page.getByRole('status', { name: 'Status' }).filter({ hasText: 'as a new project' }).waitFor({ timeout: 300_000 });
  const total = Date.now() - t0;
  return { total, ...(await lastPhases(page)) };
}
