// The import flow on the renderer's side: ask main to import paths (it extracts and stores the
// originals), show its progress, then write the documents into the project in one transaction.
import { useCallback, useEffect, useState } from 'react';
import type { ImportReport } from '../../../shared/ipc';
import { call, onMainEvent } from '../../api';
import { addImportedDocuments, knownSha256 } from '../../db/documents';
import { useProject } from '../projects/ProjectContext';
import { useAnnounce } from '../../ui/Announcer';

export interface ImportProgress {
  jobId: string;
  done: number;
  total: number;
  current: string;
}

export interface ImportState {
  progress: ImportProgress | null;
  report: (ImportReport & { added: number }) | null;
  error: string | null;
}

export function useImport() {
  const { db } = useProject();
  const announce = useAnnounce();
  const [state, setState] = useState<ImportState>({ progress: null, report: null, error: null });

  useEffect(
    () =>
      onMainEvent('importProgress', (progress) =>
        setState((s) => (s.progress?.jobId === progress.jobId ? { ...s, progress } : s)),
      ),
    [],
  );

  const importPaths = useCallback(
    async (paths: string[]) => {
      if (paths.length === 0) return;
      const jobId = crypto.randomUUID();
      setState({ progress: { jobId, done: 0, total: paths.length, current: '' }, report: null, error: null });
      try {
        const report = await call('importFiles', { jobId, paths, knownSha256: await knownSha256(db) });
        const added = await addImportedDocuments(db, report.imported);
        setState({ progress: null, report: { ...report, added: added.length }, error: null });
        announce(summarize(report, added.length));
      } catch (error) {
        const message = `The import failed: ${(error as Error).message}. Nothing was added to the project.`;
        setState({ progress: null, report: null, error: message });
        announce(message);
      }
    },
    [db, announce],
  );

  const chooseAndImport = useCallback(async () => {
    try {
      await importPaths(await call('chooseImportFiles'));
    } catch (error) {
      announce(`Could not open the file dialog: ${(error as Error).message}`);
    }
  }, [importPaths, announce]);

  const cancel = useCallback(() => {
    if (state.progress) void call('cancelImport', state.progress.jobId);
  }, [state.progress]);

  const dismiss = useCallback(() => setState({ progress: null, report: null, error: null }), []);

  return { state, importPaths, chooseAndImport, cancel, dismiss };
}

export function summarize(report: ImportReport, added: number): string {
  const parts = [`Imported ${added} ${added === 1 ? 'document' : 'documents'}.`];
  if (report.duplicates.length) parts.push(`${report.duplicates.length} already in the project.`);
  if (report.refused.length) parts.push(`${report.refused.length} could not be imported.`);
  if (report.unsupported) parts.push(`${report.unsupported} files of other formats skipped.`);
  if (report.cancelled) parts.push('The import was cancelled; the documents finished before that were kept.');
  return parts.join(' ');
}
