// Progress of a running import, then its report: what came in, what was already there, each file
// that could not be imported with its reason, and what a manifest described. Also hosts the dialog
// that asks for the text column of the spreadsheets in a batch, and asks before the window closes
// while the import runs (the import itself keeps the project open: useImport.ts).
import type { ImportReport } from '../../../shared/ipc';
import type { Importer } from './useImport';
import { summarize } from './importSummary';
import { useImportProgress, type ImportProgressStore } from './importProgress';
import { ColumnPickerDialog } from './ColumnPickerDialog';
import { useHoldClosing } from './useHoldClosing';

const fileNameOf = (path: string) => path.split(/[\\/]/u).at(-1) ?? path;

// Grouped as the researcher's locale groups them: "12,345 of 100,000".
const count = new Intl.NumberFormat();

export function ImportStatus({ importer }: { importer: Importer }) {
  const { state, tablePick, cancel, dismiss } = importer;
  // Closing the window now would stop it: main asks first, and so does a reload.
  useHoldClosing(state.running ? 'An import is still adding documents to the project.' : null);
  return (
    <>
      {importer.interrupted.map((record) => (
        <section key={record.jobId} className="import-status" aria-label="Interrupted import">
          <p>
            An import of {record.paths.length === 1 ? `“${fileNameOf(record.paths[0]!)}”` : `${record.paths.length} files and folders`}, started{' '}
            {new Date(record.startedAt).toLocaleString()}, did not finish: Framewise was closed or stopped while it ran. Resume imports what is missing; the documents
            already in the project are reported as such, not added twice.
          </p>
          <button type="button" disabled={state.running} onClick={() => void importer.resume(record)}>
            Resume
          </button>
          <button type="button" onClick={() => importer.dismissInterrupted(record)}>
            Dismiss
          </button>
        </section>
      ))}
      {state.running ? <ImportProgressBar store={importer.progress} onCancel={cancel} /> : null}
      {state.error ? (
        <section className="import-status" role="alert" aria-label="Import report">
          <p>{state.error}</p>
          <button type="button" onClick={dismiss}>
            Dismiss
          </button>
        </section>
      ) : null}
      {state.report ? <ImportReportView report={state.report} onDismiss={dismiss} /> : null}
      {state.manifestReport ? (
        <section className="import-status" aria-label="Manifest report">
          <p>Manifest “{state.manifestReport.fileName}” applied.</p>
          <ul>
            {state.manifestReport.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <button type="button" onClick={dismiss}>
            Dismiss
          </button>
        </section>
      ) : null}
      {tablePick ? <ColumnPickerDialog pick={tablePick} /> : null}
    </>
  );
}

function ImportProgressBar({ store, onCancel }: { store: ImportProgressStore; onCancel(): void }) {
  const progress = useImportProgress(store);
  if (!progress) return null;
  // Main reports "done" before each file; the one in hand is the next.
  const current = Math.min(progress.done + 1, progress.total);
  return (
    <section className="import-status" aria-label="Import progress">
      {progress.current ? (
        <label>
          Importing {count.format(current)} of {count.format(progress.total)}: {progress.current}
          <progress max={progress.total} value={progress.done} />
        </label>
      ) : progress.done === 0 ? (
        // Before main's first report (it may be walking folders): how much there is is not known yet.
        <label>
          Looking at the files…
          <progress />
        </label>
      ) : (
        <label>
          Read {count.format(progress.done)} of {count.format(progress.total)}; adding {progress.done === 1 ? 'it' : 'them'} to the project…
          <progress max={progress.total} value={progress.done} />
        </label>
      )}
      {/* Main finishes the files in hand before it stops: the button says it was heard meanwhile. */}
      <button type="button" onClick={onCancel} disabled={progress.cancelling === true}>
        {progress.cancelling ? 'Cancelling…' : 'Cancel import'}
      </button>
    </section>
  );
}

function ImportReportView({ report, onDismiss }: { report: ImportReport & { added: number; manifestLines: string[] }; onDismiss(): void }) {
  return (
    <section className="import-status" aria-label="Import report">
      <p>{summarize(report, report.added)}</p>
      {report.manifestLines.length > 0 ? (
        <ul aria-label="Manifest">
          {report.manifestLines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : null}
      <ProblemList title="Not imported" label="Files not imported" problems={report.refused} />
      <ProblemList title="Already in the project" label="Duplicate files" problems={report.duplicates} />
      <button type="button" onClick={onDismiss}>
        Dismiss
      </button>
    </section>
  );
}

function ProblemList({ title, label, problems }: { title: string; label: string; problems: ImportReport['refused'] }) {
  if (problems.length === 0) return null;
  return (
    <>
      <h3>{title}</h3>
      <ul aria-label={label}>
        {problems.map((problem) => (
          <li key={problem.path}>
            <strong>{problem.fileName}</strong>: {problem.reason}
          </li>
        ))}
      </ul>
    </>
  );
}
