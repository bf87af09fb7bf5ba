// The memos export as a command: asks where to save, writes, and says where it went (or why not).
import { useCallback } from 'react';
import { useAnnounce } from '../../ui/Announcer';
import { useProject } from '../projects/ProjectContext';
import { exportMemos } from './exportMemos';

export function useMemosExport(): () => Promise<void> {
  const { db, project } = useProject();
  const announce = useAnnounce();
  return useCallback(async () => {
    try {
      const outcome = await exportMemos(db, project);
      if (outcome.path) announce(`Exported ${outcome.memos === 1 ? '1 memo' : `${outcome.memos} memos`} to ${outcome.path}.`);
    } catch (error) {
      announce(`The memos export failed: ${(error as Error).message}`);
    }
  }, [db, project, announce]);
}
