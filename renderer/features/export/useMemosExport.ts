// The memos export as a command: asks where to save, writes, and says where it went (or why not).
import { useCallback } from 'react';
import { useExport } from '../../files/exportFile';
import { useProject } from '../projects/ProjectContext';
import { memosExport } from './exportMemos';

export function useMemosExport(): () => Promise<void> {
  const { db, project } = useProject();
  const runExport = useExport();
  return useCallback(() => runExport(memosExport(db, project)), [db, project, runExport]);
}
