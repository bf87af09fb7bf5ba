// How the analysis places say that something went wrong (a worker's error, a bad query), and what a
// place shows while its first result is being computed: one wording and one role for all of them.
import type { ReactNode } from 'react';

/** The problem, announced as it appears; nothing when there is none. */
export function AnalysisProblem({ message }: { message: string | null | undefined }): ReactNode {
  return message ? (
    <p role="alert" className="analysis-problem">
      {message}
    </p>
  ) : null;
}

/** A place waiting for its first result: busy until it comes, or showing why it cannot. */
export function PendingPlace({ label, error }: { label: string; error: string | null }) {
  return (
    <main className="analysis-place" aria-busy={error === null} aria-label={label}>
      <AnalysisProblem message={error} />
    </main>
  );
}
