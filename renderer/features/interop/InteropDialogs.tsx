// The REFI-QDA and merge dialogs, mounted once: the export options, the preview of an import or a
// merge (what the file holds, what will be added, found already there, skipped or in conflict, before
// anything is written), the preview of a codebook, the refusal of a bad file and the report of what
// was done. Commands reach it through interopCommands.ts.
import { useEffect, useRef, useState } from 'react';
import { planQdcImport, type QdcImportPlan } from '../../../shared/interop/qdcImport';
import { isEmptyMerge, type MergePlan } from '../../../shared/interop/mergePlan';
import type { ProjectRows } from '../../../shared/interop/projectRows';
import { codebookChange } from '../../../shared/changes/mergeChanges';
import { call } from '../../api';
import { useExport } from '../../files/exportFile';
import { openTextFile } from '../../files/openTextFile';
import { commitChange } from '../../db/changes';
import { failureReason } from '../../db/writeFailure';
import { Dialog, DialogActions } from '../../ui/Dialog';
import { NoticeDialog, RefusalDialog } from '../../ui/NoticeDialog';
import { useAnnounce } from '../../ui/Announcer';
import { useProject } from '../projects/ProjectContext';
import { useBackups } from '../backups/BackupsContext';
import { appTransfer } from '../backups/appBackups';
import { holdLibrary } from '../backups/libraryCleanupGate';
import { onInteropRequest, type ChosenFile, type InteropRequest } from './interopCommands';
import { qdcExport, qdpxExport } from './refiExport';
import { readFramewiseFile, readQdpx, type Incoming, type IncomingProject, type SourceFiles } from './incomingProject';
import type { RegistryDatabase } from '../../db/registry';
import { megabytesToBytes } from '../../../shared/library/fileSizeLimits';
import { maxFileMegabytes } from '../library/importPreferences';
import { importAsNewProject, mergeIntoProject, previewMerge } from './applyIncoming';
import { mergeProblems, mergeSummary, rowCounts, skippedLine } from './interopSummary';
import { usePrimaryFocus, useReturnFocus } from './dialogFocus';
import './interop.css';

/** Main reads what the import cannot: originals' texts, and files the project names outside itself (up to the preferences' size limit). */
const sourceFiles = (registry: RegistryDatabase): SourceFiles => ({
  extractText: async (fileName, bytes) => (await call('extractText', { fileName, bytes: bytes as Uint8Array<ArrayBuffer> })).text,
  readLinked: async (path) => call('readLinkedSource', { path, maxFileBytes: megabytesToBytes(await maxFileMegabytes(registry)) }),
});

/**
 * The project a step was read and planned against. A plan is of that project's rows: offered for
 * another project opened meanwhile (a menu can switch projects while a file is read), its counts
 * would be wrong and its rows would point at codes and documents that project does not have.
 */
interface MadeFor {
  id: string;
  name: string;
}

type Step =
  | { kind: 'export-options' }
  | { kind: 'refusal'; message: string }
  | { kind: 'reading'; mode: 'import' | 'merge'; fileName: string; madeFor: MadeFor }
  | { kind: 'preview'; mode: 'import' | 'merge'; incoming: IncomingProject; existing: ProjectRows; plan: MergePlan; madeFor: MadeFor }
  | { kind: 'codebook'; fileName: string; plan: QdcImportPlan; madeFor: MadeFor }
  | { kind: 'report'; title: string; summary: string; problems: string[] };

export function InteropDialogs() {
  const { db, project, coder, registry, switchProject, switchingHeld, holdProject } = useProject();
  const { backupBefore } = useBackups();
  const announce = useAnnounce();
  const runExport = useExport();
  const [step, setStep] = useState<Step | null>(null);
  const primary = usePrimaryFocus<HTMLButtonElement>(step);
  const opener = useReturnFocus(step !== null);
  // The reading under way, if any: cancelling or closing forgets it, and what it finds is dropped.
  const reading = useRef<object | null>(null);
  const openProjectId = useRef(project.id);
  useEffect(() => {
    openProjectId.current = project.id;
  }, [project.id]);
  const close = () => {
    reading.current = null;
    setStep(null);
  };
  const subject = { db, project, coderId: coder.id };
  const receiveOriginal = appTransfer().receiveOriginal;

  /** `chosen`: a file handed over already (double-clicked in the file manager), read without asking for one. */
  const chooseProject = async (mode: 'import' | 'merge', chosen?: ChosenFile) => {
    const purpose = mode === 'import' ? 'refiProject' : 'mergeProject';
    const opened = chosen ? await call('readFile', { purpose, as: 'bytes', path: chosen.path }) : await call('openFile', { purpose, as: 'bytes' });
    if (!opened) return;
    if (opened.as !== 'bytes') throw new Error(`“${opened.fileName}” came back as text`);
    const madeFor = { id: project.id, name: project.name };
    const ticket = {};
    reading.current = ticket;
    // Still wanted: not cancelled, and the project it is read for is still the open one (the
    // dialog says so when it is not: see `madeFor` below).
    const wanted = () => reading.current === ticket && openProjectId.current === madeFor.id;
    setStep({ kind: 'reading', mode, fileName: opened.fileName, madeFor });
    announce(`Reading ${opened.fileName}…`);
    try {
      const incoming: Incoming = /\.qdpx$/iu.test(opened.fileName)
        ? await readQdpx(opened.bytes, { fileName: opened.fileName, path: opened.path, projectId: project.id, coder }, sourceFiles(registry))
        : await readFramewiseFile(opened.bytes, opened.fileName);
      if (!wanted()) return;
      if (!incoming.ok) {
        setStep({ kind: 'refusal', message: incoming.reason });
        return;
      }
      const { existing, plan } = await previewMerge(db, project.id, incoming.project);
      if (!wanted()) return;
      setStep({ kind: 'preview', mode, incoming: incoming.project, existing, plan, madeFor });
    } catch (error) {
      if (!wanted()) return;
      setStep({ kind: 'refusal', message: `Framewise could not read “${opened.fileName}” to ${mode} it: ${failureReason(error)}. Nothing in your projects was changed.` });
    } finally {
      if (reading.current === ticket) reading.current = null;
    }
  };

  const chooseCodebook = async () => {
    const file = await openTextFile('refiCodebook');
    if (!file) return;
    const result = planQdcImport(file.text, await db.codes.toArray(), { fileName: file.fileName, now: new Date().toISOString() });
    setStep(result.ok ? { kind: 'codebook', fileName: file.fileName, plan: result.plan, madeFor: { id: project.id, name: project.name } } : { kind: 'refusal', message: `${result.reason} Nothing in the codebook was changed.` });
  };

  /** Resolves once the work is done or its refusal shown. */
  const act = (what: string, work: () => Promise<void>): Promise<void> =>
    work().catch((error: unknown) => {
      setStep({ kind: 'refusal', message: `Framewise could not ${what}: ${failureReason(error)}. Nothing in your projects was changed.` });
    });

  useEffect(
    () =>
      onInteropRequest((request: InteropRequest, chosen?: ChosenFile) => {
        opener.remember();
        if (request === 'export-qdpx') setStep({ kind: 'export-options' });
        else if (request === 'export-qdc') void runExport(qdcExport(subject));
        // Returned: whoever handed over a chosen file waits until it is read and its preview (or refusal) shown.
        else if (request === 'import-qdpx') return act('read the REFI-QDA project', () => chooseProject('import', chosen));
        else if (request === 'merge-project') return act('read the project to merge', () => chooseProject('merge', chosen));
        else void act('read the REFI-QDA codebook', chooseCodebook);
        return undefined;
      }),
  );

  if (!step) return null;
  if ('madeFor' in step && step.madeFor.id !== project.id) {
    const fileName = step.kind === 'preview' ? step.incoming.fileName : step.fileName;
    const again = step.kind === 'codebook' ? 'add its codes to' : `${step.mode} it into`;
    return (
      <RefusalDialog
        title={step.kind === 'preview' && step.mode === 'merge' ? 'Not merged' : 'Not imported'}
        message={`${fileName} was read for “${step.madeFor.name}”, and “${project.name}” is open now. Nothing was changed. Choose the file again to ${again} “${project.name}”.`}
        onClose={close}
      />
    );
  }
  switch (step.kind) {
    case 'reading':
      return (
        <Dialog title={`Reading ${step.fileName}`} onClose={close}>
          <p>Its documents are checked, and the texts of those in other formats extracted. Nothing is written until you have seen what it would {step.mode === 'merge' ? 'merge' : 'import'}.</p>
          <DialogActions onCancel={close}>{null}</DialogActions>
        </Dialog>
      );
    case 'export-options':
      return (
        <ExportOptionsDialog
          onCancel={close}
          onExport={(options) => {
            close();
            void runExport(qdpxExport(subject, options));
          }}
        />
      );
    case 'refusal':
      return <RefusalDialog title="Not imported" message={step.message} onClose={close} />;
    case 'report':
      return (
        <NoticeDialog title={step.title} onClose={close}>
          <p>{step.summary}</p>
          <LabelledList label="Conflicts and items not imported" items={step.problems} />
        </NoticeDialog>
      );
    case 'codebook': {
      const { plan, fileName } = step;
      const conflicts = plan.conflicts.map((c) => `${c.field} differs: “${c.existing}” here, “${c.incoming}” in the file (the project's is kept)`);
      const apply = () =>
        act('import the codebook', async () => {
          const change = codebookChange(await db.codes.toArray(), plan.add, plan.update, `Codebook ${fileName} imported`);
          if (change) await commitChange(db, change, { coderId: coder.id });
          setStep({ kind: 'report', title: 'Codebook import report', summary: `From ${fileName}: ${plan.add.length} codes added, ${plan.matches.length} matched codes already in the codebook, ${plan.update.length} of them with empty fields filled in.`, problems: [...conflicts, ...plan.skipped.map(skippedLine)] });
          announce(`Imported the codebook ${fileName}: ${plan.add.length} codes added.`);
        });
      return (
        <Dialog title={`Import the codebook ${fileName}`} onClose={close}>
          <p>
            {plan.origin ? `Written by ${plan.origin}. ` : ''}
            {plan.add.length} new codes will be added; {plan.matches.length} codes of the file are already in the codebook (matched by GUID, then by path){plan.update.length ? `, and ${plan.update.length} of them get their empty fields filled in` : ''}.
          </p>
          <LabelledList label="Conflicts and items not imported" items={[...conflicts, ...plan.skipped.map(skippedLine)]} />
          <DialogActions onCancel={close}>
            <button type="button" ref={primary} onClick={apply}>
              Add to the codebook
            </button>
          </DialogActions>
        </Dialog>
      );
    }
    case 'preview':
      return <PreviewDialog step={step} onCancel={close} onNew={() => act('import the project', importNew(step))} onMerge={() => act('import into the project', mergeOpen(step))} projectName={project.name} />;
  }

  function importNew({ incoming }: Extract<Step, { kind: 'preview' }>) {
    return async () => {
      // The dialog goes at once: a second press of its button would import the file a second time.
      close();
      if (switchingHeld) {
        announce(switchingHeld);
        return;
      }
      announce(`Importing ${incoming.fileName} as a new project…`);
      // Until the new project is in the registry, nothing says its originals are in use.
      const releaseLibrary = await holdLibrary();
      let made;
      try {
        made = await importAsNewProject(registry, incoming, coder.id, receiveOriginal);
      } finally {
        releaseLibrary();
      }
      await switchProject(made.project.id);
      const summary = `“${made.project.name}” was created from ${incoming.fileName} with ${rowCounts(made.plan.add)}.`;
      setStep({ kind: 'report', title: 'Import report', summary, problems: [...incoming.skipped.map(skippedLine), ...mergeProblems(made.plan)] });
      announce(summary);
    };
  }

  function mergeOpen({ incoming, existing, plan, mode }: Extract<Step, { kind: 'preview' }>) {
    return async () => {
      close();
      // Switching projects closes the database: the project stays open from its backup until the
      // merge is written, so that both are of the project the preview showed.
      const release = holdProject(`Framewise is writing ${incoming.fileName} into “${project.name}”; switch projects when it is done.`);
      try {
        if (!(await backupBefore({ kind: 'import-project' }, 'imported'))) return;
        const releaseLibrary = await holdLibrary();
        try {
          await mergeIntoProject(db, incoming, { existing, plan }, coder.id, receiveOriginal, `${mode === 'merge' ? 'Merged' : 'Imported'} ${incoming.fileName}`);
        } finally {
          releaseLibrary();
        }
      } finally {
        release();
      }
      const summary = `${mode === 'merge' ? 'Merged' : 'Imported'} ${incoming.fileName} into “${project.name}”: ${mergeSummary(plan)} Its state before is in Backups (“before importing a project”); Undo takes all of it back, documents included.`;
      setStep({ kind: 'report', title: mode === 'merge' ? 'Merge report' : 'Import report', summary, problems: [...incoming.skipped.map(skippedLine), ...mergeProblems(plan)] });
      announce(summary);
    };
  }
}

function LabelledList({ label, items }: { label: string; items: readonly string[] }) {
  if (items.length === 0) return null;
  return (
    <>
      <h3 className="interop-heading">{label}</h3>
      <ul className="interop-problems" aria-label={label}>
        {items.map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </ul>
    </>
  );
}

function PreviewDialog({ step, projectName, onCancel, onNew, onMerge }: { step: Extract<Step, { kind: 'preview' }>; projectName: string; onCancel(): void; onNew(): void; onMerge(): void }) {
  const { incoming, plan, mode } = step;
  const nothingNew = isEmptyMerge(plan);
  const primary = usePrimaryFocus<HTMLButtonElement>(step);
  return (
    <Dialog title={`${mode === 'merge' ? 'Merge' : 'Import'} ${incoming.fileName}`} onClose={onCancel}>
      <p>
        “{incoming.name}”{incoming.origin ? `, written by ${incoming.origin}` : ''}, holds {rowCounts(incoming.rows)}.
      </p>
      <p>
        Into “{projectName}”, it {nothingNew ? 'adds nothing: everything in it is in the project already.' : mergeSummary(plan)}
      </p>
      <LabelledList label="Conflicts and items not imported" items={[...incoming.skipped.map(skippedLine), ...mergeProblems(plan)]} />
      <LabelledList label="Files from elsewhere on this computer, read as its documents" items={incoming.linkedFiles} />
      {mode === 'merge' || nothingNew ? null : <p>As a new project, it is added as “{incoming.name}” beside your projects, which stay as they are.</p>}
      <DialogActions onCancel={onCancel}>
        {nothingNew ? null : (
          <button type="button" onClick={onMerge} ref={mode === 'merge' ? primary : undefined}>
            {mode === 'merge' ? `Merge into “${projectName}”` : `Import into “${projectName}”`}
          </button>
        )}
        {mode === 'import' ? (
          <button type="button" ref={primary} onClick={onNew}>
            Import as a new project
          </button>
        ) : null}
      </DialogActions>
    </Dialog>
  );
}

function ExportOptionsDialog({ onCancel, onExport }: { onCancel(): void; onExport(options: { includeOriginals: boolean; copyPerCoder: boolean }): void }) {
  const [includeOriginals, setIncludeOriginals] = useState(true);
  const [copyPerCoder, setCopyPerCoder] = useState(false);
  const primary = usePrimaryFocus<HTMLButtonElement>('export-options');
  return (
    <Dialog title="Export a REFI-QDA project" onClose={onCancel}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onExport({ includeOriginals, copyPerCoder });
        }}
      >
        <label className="interop-option">
          <input type="checkbox" checked={includeOriginals} onChange={(event) => setIncludeOriginals(event.target.checked)} />
          Include the originals (DOCX and RTF files)
        </label>
        <label className="interop-option">
          <input type="checkbox" checked={copyPerCoder} onChange={(event) => setCopyPerCoder(event.target.checked)} />
          One copy of each document per coder (for MAXQDA's intercoder agreement)
        </label>
        <DialogActions onCancel={onCancel}>
          <button type="submit" ref={primary}>
            Export…
          </button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
