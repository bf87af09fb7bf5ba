// The flows of "Save a copy…", "Open project file…" (a file chosen, or double-clicked in the file
// manager) and restoring a backup, as the screens call them:
// each says in the status line what it did, or why it did not (a refused file says every reason, in
// the refusal dialog the caller shows). None throws.
import { useCallback, useMemo } from 'react';
import type { ListedBackup } from '../../../shared/backup/backupIndex';
import { describeRefusal } from '../../../shared/projectFile/problems';
import { countOf } from '../../../shared/text/plural';
import { call } from '../../api';
import type { Results } from '../../../shared/ipc';
import { saveFile } from '../../files/exportFile';
import { useAnnounce } from '../../ui/Announcer';
import { safeFileName } from '../export/exportFileName';
import { useProject } from '../projects/ProjectContext';
import { appTransfer, appVersion, backupRegistry } from './appBackups';
import { noteChange } from './changeMark';
import { failureReason } from '../../db/writeFailure';
import { ipcBackupFiles } from './backupFiles';
import { useBackups } from './BackupsContext';
import { workerRunner } from './backupRunner';
import { openAsNewProject, projectCopy, readProject, replaceProject, type OpenedFile } from './projectTransfer';
import type { LostProject } from './startupChecks';
import { restoreLostProject } from './restoreLost';

/** A file read and checked, waiting for the researcher to say where it goes. */
export interface PendingFile {
  fileName: string;
  file: Extract<OpenedFile, { ok: true }>;
}

export type Chosen = { pending: PendingFile } | { refusal: string } | null;

export function useProjectTransfer() {
  const { project, switchProject, switchingHeld } = useProject();
  const { backupBefore, project: identity } = useBackups();
  const announce = useAnnounce();

  const saveCopy = useCallback(async () => {
    try {
      announce(`Saving a copy of “${project.name}”…`);
      const snapshot = await projectCopy(
        workerRunner(),
        project,
        { appVersion: await appVersion(), writtenAt: new Date().toISOString(), writtenBy: identity.writtenBy },
        (storedName) => call('readOriginal', storedName),
      );
      const { documents, codings, memos } = snapshot.manifest.counts;
      const saved = await saveFile({ purpose: 'projectFile', suggestedName: `${safeFileName(project.name)}.framewise`, content: snapshot.bytes });
      const held = `${countOf(documents, 'document')} with ${documents === 1 ? 'its original' : 'their originals'}, ${countOf(codings, 'coding')}, ${countOf(memos, 'memo')}`;
      if (saved) announce(`Saved a copy of “${project.name}” (${held}) to ${saved.path}.`);
    } catch (error) {
      announce(`The copy of “${project.name}” was not saved: ${failureReason(error)}.`);
    }
  }, [project, identity.writtenBy, announce]);

  /** Asks for a project file and checks it whole; nothing is written yet. */
  const chooseFile = useCallback((): Promise<Chosen> => checkedProjectFile(() => call('openFile', { purpose: 'projectFile', as: 'bytes' })), []);

  /** Reads a project file handed over already (double-clicked: main granted it) and checks it whole, as chooseFile does. */
  const readFileAt = useCallback((path: string): Promise<Chosen> => checkedProjectFile(() => call('readFile', { purpose: 'projectFile', as: 'bytes', path })), []);

  const discard = useCallback((pending: PendingFile) => void workerRunner().forgetParsed(pending.file.token), []);

  const openAsNew = useCallback(
    async ({ fileName, file }: PendingFile, name?: string) => {
      if (switchingHeld) {
        discard({ fileName, file });
        announce(switchingHeld);
        return;
      }
      try {
        const opened = await openAsNewProject(appTransfer(), file, name);
        await noteChange(backupRegistry(), opened.project.id);
        await switchProject(opened.project.id);
        const renamed = opened.newProjectId ? ' A project with its id is already here, so it opened with a new project id; its documents, codes, codings and memos keep theirs.' : '';
        announce(`Opened “${opened.project.name}” from ${fileName} as a new project.${renamed}`);
      } catch (error) {
        announce(`“${fileName}” was not opened: ${failureReason(error)}. Nothing was changed.`);
      }
    },
    [switchProject, switchingHeld, announce, discard],
  );

  const replaceCurrent = useCallback(
    async ({ fileName, file }: PendingFile) => {
      if (switchingHeld) {
        discard({ fileName, file });
        announce(switchingHeld);
        return;
      }
      if (!(await backupBefore({ kind: 'replace-project' }, 'replaced'))) {
        discard({ fileName, file });
        return;
      }
      try {
        await replaceProject(appTransfer(), file, project.id);
        await noteChange(backupRegistry(), project.id);
        await switchProject(project.id);
        announce(`“${project.name}” now holds what ${fileName} holds. Its state before is in Backups (“before the project was replaced”).`);
      } catch (error) {
        announce(`“${project.name}” was not replaced: ${failureReason(error)}. Nothing was changed.`);
      }
    },
    [project, switchProject, switchingHeld, backupBefore, announce, discard],
  );

  /** Reads a backup and checks it, like a file; a refusal says why. */
  const readBackup = useCallback(async (projectId: string, backup: ListedBackup): Promise<Chosen> => {
    try {
      const file = await readProject(appTransfer(), await ipcBackupFiles.read(projectId, backup.file));
      return file.ok ? { pending: { fileName: backup.file, file } } : { refusal: describeRefusal(backup.file, file.problems) };
    } catch (error) {
      return { refusal: `Framewise did not restore the backup ${backup.file}, and nothing in your projects was changed: ${(error as Error).message}` };
    }
  }, []);

  /** Brings back a project whose data is gone from this profile, from its newest backup (restoreLost.ts). */
  const restoreLost = useCallback(
    async (lost: LostProject): Promise<string | null> => {
      const restored = await restoreLostProject(appTransfer(), ipcBackupFiles, lost);
      if (!restored.ok) return restored.message;
      try {
        await switchProject(restored.projectId);
      } catch (error) {
        return `“${lost.name}” was restored, but could not be opened: ${failureReason(error)}.`;
      }
      announce(`Restored “${lost.name}” from its backup of ${new Date(lost.newest.takenAt).toLocaleString()}.`);
      return null;
    },
    [switchProject, announce],
  );

  return useMemo(
    () => ({ saveCopy, chooseFile, readFileAt, discard, openAsNew, replaceCurrent, readBackup, restoreLost }),
    [saveCopy, chooseFile, readFileAt, discard, openAsNew, replaceCurrent, readBackup, restoreLost],
  );
}

/** A project file read by main (null: the dialog was cancelled), checked whole; a refusal says every reason. */
async function checkedProjectFile(read: () => Promise<Results['openFile']>): Promise<Chosen> {
  try {
    const opened = await read();
    if (!opened) return null;
    if (opened.as !== 'bytes') throw new Error('the file came back as text');
    const file = await readProject(appTransfer(), opened.bytes);
    return file.ok ? { pending: { fileName: opened.fileName, file } } : { refusal: describeRefusal(opened.fileName, file.problems) };
  } catch (error) {
    return { refusal: `Framewise did not open the project file, and nothing in your projects was changed: ${(error as Error).message}` };
  }
}

/** “Housing (restored from 5 March 2026, 10:00)”. */
export function restoredName(name: string, takenAt: string): string {
  return `${name} (restored from ${new Date(takenAt).toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short' })})`;
}
