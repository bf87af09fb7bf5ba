// Progress of a running import, then its report: what came in, what was already there, and each file
// that could not be imported with its reason.
import type { ImportState } from './useImport';
import { summarize } from './useImport';

interface ImportStatusProps {
  state: ImportState;
  onCancel(): void;
  onDismiss(): void;
}

export function ImportStatus({ state, onCancel, onDismiss }: ImportStatusProps) {
  const { progress, report, error } = state;
  if (progress) {
    return (
      <section className="import-status" aria-label="Import progress">
        <label>
          Importing {Math.min(progress.done + 1, progress.total)} of {progress.total}
          {progress.current ? `: ${progress.current}` : ''}
          <progress max={progress.total} value={progress.done} />
        </label>
        <button type="button" onClick={onCancel}>
          Cancel import
        </button>
      </section>
    );
  }
  if (error) {
    return (
      <section className="import-status" role="alert" aria-label="Import report">
        <p>{error}</p>
        <button type="button" onClick={onDismiss}>
          Dismiss
        </button>
      </section>
    );
  }
  if (!report) return null;
  return (
    <section className="import-status" aria-label="Import report">
      <p>{summarize(report, report.added)}</p>
      {report.refused.length > 0 ? (
        <>
          <h3>Not imported</h3>
          <ul aria-label="Files not imported">
            {report.refused.map((problem) => (
              <li key={problem.path}>
                <strong>{problem.fileName}</strong>: {problem.reason}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {report.duplicates.length > 0 ? (
        <>
          <h3>Already in the project</h3>
          <ul aria-label="Duplicate files">
            {report.duplicates.map((problem) => (
              <li key={problem.path}>
                <strong>{problem.fileName}</strong>: {problem.reason}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <button type="button" onClick={onDismiss}>
        Dismiss
      </button>
    </section>
  );
}
