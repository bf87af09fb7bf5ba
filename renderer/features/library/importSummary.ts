// What an import says when it ends: the report's one-line summary (the status line and the report's
// head) and, when writing stopped, what was kept.
import type { ImportReport } from '../../../shared/ipc';

export function keptSentence(added: number): string {
  if (added === 0) return 'Nothing was added to the project.';
  return `The ${added === 1 ? 'document' : `${added} documents`} added before that ${added === 1 ? 'is' : 'are'} kept.`;
}

export function summarize(report: ImportReport, added: number): string {
  const parts = [`Imported ${added} ${added === 1 ? 'document' : 'documents'}.`];
  if (report.duplicates.length) parts.push(`${report.duplicates.length} already in the project.`);
  if (report.refused.length) parts.push(`${report.refused.length} could not be imported.`);
  if (report.unsupported) parts.push(`${report.unsupported} ${report.unsupported === 1 ? 'file' : 'files'} of other formats skipped.`);
  if (report.cancelled) parts.push('The import was cancelled; the documents finished before that were kept.');
  return parts.join(' ');
}
