// The import flow on the renderer's side: ask which column holds the text of each spreadsheet
// (useTablePick.ts), ask main to import the paths (it walks folders, extracts and stores the
// originals), show its progress, and write the documents into the project as main sends them, one
// transaction per batch (importWriter.ts), each described by a manifest if one came.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { FileProblem, ImportedDocument, ImportReport, InterruptedImport, TableChoice } from '../../../shared/ipc';
import { typeHintRow } from '../../../shared/library/attributeTypeHints';
import { parseManifest, type Manifest } from '../../../shared/library/manifest';
import { describeImportBatch, describeMatching, describeOverwritten, describeUnfitValues, matchManifest } from '../../../shared/library/manifestMatching';
import type { UnfitValue } from '../../../shared/attributes/attributeReader';
import { call, onMainEvent } from '../../api';
import { openTextFile } from '../../files/openTextFile';
import { addImportedDocuments, knownSha256 } from '../../db/documents';
import { commitChange } from '../../db/changes';
import { ChangeConflictError } from '../../db/changeConflicts';
import { manifestApplication } from '../../db/manifests';
import { failureReason, isQuotaExceeded } from '../../db/writeFailure';
import { useProject } from '../projects/ProjectContext';
import { useAnnounce } from '../../ui/Announcer';
import { ImportProgressStore } from './importProgress';
import { megabytesToBytes } from '../../../shared/library/fileSizeLimits';
import { maxFileMegabytes } from './importPreferences';
import { IMPORT_BATCH_MEASURE, IMPORT_RECEIVED_MARK, IMPORT_WRITE_MEASURE } from './importTiming';
import { ImportWriter, type WriteOutcome } from './importWriter';
import { keptSentence, summarize } from './importSummary';
import { useTablePick } from './useTablePick';
import { useBackups } from '../backups/BackupsContext';
import { holdLibrary } from '../backups/libraryCleanupGate';
import { overwrittenValues } from '../../../shared/changes/overwrittenValues';
import { commandKeys } from '../../commands/shownKeys';

export interface ImportState {
  running: boolean;
  report: (ImportReport & { added: number; manifestLines: string[] }) | null;
  /** After "Apply a manifest…": what matched. */
  manifestReport: { fileName: string; lines: string[] } | null;
  error: string | null;
}

interface NamedManifest {
  manifest: Manifest;
  fileName: string;
  /** As read: main keeps it with its note of the import, for a Resume after a crash. */
  text: string;
}

const IDLE: ImportState = { running: false, report: null, manifestReport: null, error: null };

const IMPORT_HOLDS_PROJECT = 'Projects cannot be switched or created while an import is running into this one: wait for it to finish, or cancel it.';

/** What an import was asked to do besides its paths. */
interface ImportOptions {
  manifest?: NamedManifest | undefined;
  /** The spreadsheets' text columns, already chosen (a Resume); asked for when absent. */
  tables?: Record<string, TableChoice> | undefined;
  /** The interrupted import this one resumes: main forgets its note once it has noted this one. */
  resumes?: InterruptedImport | undefined;
}

export function useImport() {
  const { db, registry, coder, project, holdProject } = useProject();
  const { backupBefore } = useBackups();
  const announce = useAnnounce();
  const [state, setState] = useState<ImportState>(IDLE);
  const { tablePick, pickTables } = useTablePick(registry);
  const progress = useMemo(() => new ImportProgressStore(), []);
  const running = useRef(false);
  // The job Cancel was pressed for until main has said it will stop it: main knows a job only once it
  // has started it (after the library's cleanup, say), and refuses to cancel one it does not know.
  const cancelWanted = useRef<string | null>(null);

  const askToCancel = useCallback((jobId: string) => {
    call('cancelImport', jobId).then(
      (reached) => {
        if (reached && cancelWanted.current === jobId) cancelWanted.current = null;
      },
      () => {},
    );
  }, []);

  useEffect(
    () =>
      onMainEvent('importProgress', (event) => {
        progress.update(event);
        // Main's first report of a job comes once it runs: a Cancel pressed before reaches it now.
        if (cancelWanted.current === event.jobId) askToCancel(event.jobId);
      }),
    [progress, askToCancel],
  );

  // Shown in an alert (ImportStatus), which a screen reader speaks: said in the status line as well,
  // it would be heard twice.
  const fail = useCallback((message: string) => setState({ ...IDLE, error: message }), []);

  // A report or error belongs to the project it was made in; a running import says its own end.
  useEffect(() => setState((shown) => (shown.running ? shown : IDLE)), [project.id]);

  // Imports a crash interrupted in this project (main noted them at their start).
  const [interrupted, setInterrupted] = useState<InterruptedImport[]>([]);
  useEffect(() => {
    let live = true;
    void call('interruptedImports').then(
      (records) => live && setInterrupted(records.filter((r) => r.projectId === project.id)),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [project.id]);

  const importPaths = useCallback(
    async (paths: string[], { manifest, tables: chosenTables, resumes }: ImportOptions = {}) => {
      if (paths.length === 0) return;
      if (running.current) {
        announce('An import is already running: wait for it to finish, or cancel it, before starting another.');
        return;
      }
      running.current = true;
      let releaseLibrary = () => {};
      let releaseProject = () => {};
      let stopWatchingStart = () => {};
      // The resumed import's note stays with main until main has noted this one (its first progress
      // report, or its reply): a crash before then must still find something to resume.
      let resumedForgotten = !resumes;
      const forgetResumed = () => {
        if (resumedForgotten || !resumes) return;
        resumedForgotten = true;
        void call('forgetImport', resumes.jobId).catch(() => false);
      };
      try {
        const tables = chosenTables ?? (await pickTables(paths));
        if (!tables) {
          announce('Import cancelled: nothing was added.');
          return;
        }
        // From here the import is under way, also while it waits for the library below: the project
        // stays open (its database is where the documents go), the window asks before closing, and
        // Cancel is offered. Held at once, not on the next render: a switch asked for in the
        // meantime would close the database under the import.
        releaseProject = holdProject(IMPORT_HOLDS_PROJECT);
        const jobId = crypto.randomUUID();
        progress.reset({ jobId, done: 0, total: paths.length, current: '' });
        setState({ ...IDLE, running: true });
        if (resumes) stopWatchingStart = onMainEvent('importProgress', (event) => event.jobId === jobId && forgetResumed());
        // The library's cleanup at start must not run while an import stores originals.
        releaseLibrary = await holdLibrary();
        // With where each came from: the report matches the manifest as each batch was matched, and
        // two files of one name in two folders are told apart by their folders (manifestMatching.ts).
        const received: Array<Pick<ImportedDocument, 'fileName' | 'path' | 'storedName'>> = [];
        // Documents whose content another window (or import) added after main was told what the
        // project holds: not added twice, and reported as main reports its duplicates.
        const addedMeanwhile: FileProblem[] = [];
        const unfit: UnfitValue[] = [];
        const typeHints = manifest?.manifest.entries.map((entry) => entry.attributes);
        const writer = new ImportWriter(
          jobId,
          async (batch, { attributeTypes }) => {
            const documents = manifest ? describeImportBatch(manifest.manifest, batch).documents : batch;
            received.push(...batch.map(({ fileName, path, storedName }) => ({ fileName, path, storedName })));
            const start = performance.now();
            // A spreadsheet's rows come in several batches: each brings the column types of all of them.
            const hints = attributeTypes ? [...(typeHints ?? []), typeHintRow(attributeTypes)] : typeHints;
            const added = await addImportedDocuments(db, documents, { typeHints: hints, onUnfit: (values) => unfit.push(...values) });
            performance.measure(IMPORT_BATCH_MEASURE, { start, end: performance.now() });
            if (added.length < documents.length) {
              const addedContent = new Set(added.map((doc) => doc.sha256));
              for (const doc of documents) {
                if (!addedContent.has(doc.sha256)) addedMeanwhile.push({ fileName: doc.fileName, path: doc.path, reason: 'its content was added to the project while this import ran.' });
              }
            }
            return added.length;
          },
          // Main would go on reading files whose documents could not be written: stop it.
          () => void call('cancelImport', jobId).catch(() => {}),
        );
        const stopListening = onMainEvent('importBatch', writer.receive);
        // Main noted the import at its start; once its end is written or said, the note goes.
        const forget = () => {
          forgetResumed();
          void call('forgetImport', jobId).catch(() => {});
        };
        let report: ImportReport;
        let written: WriteOutcome;
        try {
          try {
            // Two reads, from two databases: asked at once, main hears of the import a round trip sooner.
            const [known, maxMegabytes] = await Promise.all([knownSha256(db), maxFileMegabytes(registry)]);
            if (cancelWanted.current === jobId) {
              cancelWanted.current = null;
              await writer.stop();
              setState(IDLE);
              announce('Import cancelled: nothing was added.');
              return;
            }
            report = await call('importFiles', {
              jobId,
              paths,
              knownSha256: known,
              maxFileBytes: megabytesToBytes(maxMegabytes),
              ...(Object.keys(tables).length ? { tables } : {}),
              ...(manifest ? { manifest: { fileName: manifest.fileName, text: manifest.text } } : {}),
              projectId: project.id,
            });
          } catch (error) {
            const { added } = await writer.stop();
            forget();
            fail(`The import failed: ${(error as Error).message}. ${keptSentence(added)}`);
            return;
          }
          performance.mark(IMPORT_RECEIVED_MARK);
          written = await writer.finish(report.batches);
          performance.measure(IMPORT_WRITE_MEASURE, IMPORT_RECEIVED_MARK);
        } finally {
          stopListening();
        }
        forget();
        if (written.failure) {
          const full = isQuotaExceeded(written.failure);
          // Named: the window may show another project by now (a switch that began before the hold).
          fail(
            `The import stopped: ${report.documents - written.written} of the ${report.documents} documents read could not be written to the project “${project.name}” ` +
              `(${full ? 'the disk has no room left for it' : failureReason(written.failure)}). ${keptSentence(written.added)} ` +
              `${full ? 'Free some disk space, then import' : 'Import'} the same files again to add the rest: those already in the project are recognised as duplicates.`,
          );
          return;
        }
        const manifestLines = manifest
          ? [...describeMatching({ ...matchManifest(manifest.manifest, received), unfitValues: unfit }), ...manifest.manifest.warnings]
          : describeUnfitValues(unfit);
        const complete = { ...report, duplicates: [...report.duplicates, ...addedMeanwhile] };
        setState({ ...IDLE, report: { ...complete, added: written.added, manifestLines } });
        announce(summarize(complete, written.added));
      } catch (error) {
        fail(`The import failed: ${(error as Error).message}. Nothing was added to the project.`);
      } finally {
        stopWatchingStart();
        releaseLibrary();
        releaseProject();
        progress.reset(null);
        cancelWanted.current = null;
        running.current = false;
        // Main never took this import on: what it was to resume is offered again.
        if (resumes && !resumedForgotten) setInterrupted((left) => (left.some((r) => r.jobId === resumes.jobId) ? left : [...left, resumes]));
      }
    },
    [db, registry, project.id, project.name, announce, fail, pickTables, progress, holdProject],
  );

  /** Imports again what an interrupted import had not added: what is in the project already is reported as such. */
  const resume = useCallback(
    async (record: InterruptedImport) => {
      // Refused before anything is forgotten: the interrupted import stays offered.
      if (running.current) {
        announce('An import is already running: wait for it to finish, or cancel it, before resuming another.');
        return;
      }
      setInterrupted((left) => left.filter((r) => r.jobId !== record.jobId));
      // The interrupted import's manifest describes what the Resume adds, as it described the rest.
      let manifest: NamedManifest | undefined;
      try {
        manifest = record.manifest && { ...record.manifest, manifest: parseManifest(record.manifest.text, record.manifest.fileName) };
      } catch (error) {
        await call('forgetImport', record.jobId).catch(() => false);
        fail(`The manifest “${record.manifest!.fileName}” of the interrupted import no longer reads: ${(error as Error).message} Nothing was imported.`);
        return;
      }
      await importPaths(record.paths, { manifest, tables: record.tables ?? {}, resumes: record });
    },
    [importPaths, fail, announce],
  );

  const dismissInterrupted = useCallback((record: InterruptedImport) => {
    setInterrupted((left) => left.filter((r) => r.jobId !== record.jobId));
    void call('forgetImport', record.jobId).catch(() => false);
  }, []);

  const chooseAndImport = useCallback(async () => {
    try {
      await importPaths(await call('chooseImportFiles'));
    } catch (error) {
      announce(`Could not open the file dialog: ${(error as Error).message}`);
    }
  }, [importPaths, announce]);

  const chooseFolderAndImport = useCallback(async () => {
    try {
      const folder = await call('chooseImportFolder');
      if (folder) await importPaths([folder]);
    } catch (error) {
      announce(`Could not open the folder dialog: ${(error as Error).message}`);
    }
  }, [importPaths, announce]);

  /** Asks for a manifest; null when the dialog was cancelled or the file is not a manifest (said). */
  const chooseManifest = useCallback(async (): Promise<NamedManifest | null> => {
    let file;
    try {
      file = await openTextFile('manifest');
    } catch (error) {
      fail(`The manifest could not be opened: ${(error as Error).message}`);
      return null;
    }
    if (!file) return null;
    try {
      return { manifest: parseManifest(file.text, file.fileName), fileName: file.fileName, text: file.text };
    } catch (error) {
      fail(`${(error as Error).message} Nothing was changed.`);
      return null;
    }
  }, [fail]);

  const importWithManifest = useCallback(
    async (what: 'files' | 'folder') => {
      const manifest = await chooseManifest();
      if (!manifest) return;
      try {
        if (what === 'files') await importPaths(await call('chooseImportFiles'), { manifest });
        else {
          const folder = await call('chooseImportFolder');
          if (folder) await importPaths([folder], { manifest });
        }
      } catch (error) {
        announce(`Could not open the dialog: ${(error as Error).message}`);
      }
    },
    [chooseManifest, importPaths, announce],
  );

  const applyManifest = useCallback(async () => {
    const manifest = await chooseManifest();
    if (!manifest) return;
    try {
      const application = await manifestApplication(db, manifest.manifest, manifest.fileName);
      // Values the manifest overwrites are backed up first (filling empty ones destroys nothing).
      const overwritten = overwrittenValues(application.change);
      if (!(await backupBefore({ kind: 'apply-manifest', overwrittenValues: overwritten }, 'changed'))) return;
      // Built from the documents as they were before the backup, which may have waited behind another:
      // written only if every document is still what it was built from, so that an edit made meanwhile
      // is never silently undone.
      if (application.change.changes.length) await commitChange(db, application.change, { coderId: coder.id, expectCurrent: true });
      const lines = [...describeMatching(application.matching), ...describeOverwritten(overwritten, commandKeys('undo')), ...manifest.manifest.warnings];
      setState({ ...IDLE, manifestReport: { fileName: manifest.fileName, lines } });
      announce(lines[0] ?? '');
    } catch (error) {
      if (error instanceof ChangeConflictError) {
        fail(`The manifest “${manifest.fileName}” was not applied: a document it describes changed while the project was being backed up. Nothing was changed; apply it again.`);
      } else {
        fail(`The manifest “${manifest.fileName}” could not be applied: ${(error as Error).message}. Nothing was changed.`);
      }
    }
  }, [chooseManifest, db, coder.id, announce, fail, backupBefore]);

  const cancel = useCallback(() => {
    const job = progress.get();
    if (!job || job.cancelling) return;
    cancelWanted.current = job.jobId;
    progress.markCancelling();
    askToCancel(job.jobId);
  }, [progress, askToCancel]);

  const dismiss = useCallback(() => setState(IDLE), []);

  return { state, progress, tablePick, importPaths, chooseAndImport, chooseFolderAndImport, importWithManifest, applyManifest, cancel, dismiss, interrupted, resume, dismissInterrupted };
}

export type Importer = ReturnType<typeof useImport>;
