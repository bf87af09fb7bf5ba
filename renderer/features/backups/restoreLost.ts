// Bringing back a project whose data was found gone at start (startupChecks.ts), from its newest
// backup: into its own id (the registry's entry, or a new entry of that id) so that its backups stay
// its own. No backup is taken first, since there is nothing to keep; which is why it is refused when
// the project holds work again since it was found lost (the offer stays while the researcher works).
import { describeRefusal } from '../../../shared/projectFile/problems';
import { failureReason } from '../../db/writeFailure';
import type { BackupFiles } from './backupFiles';
import { noteChange } from './changeMark';
import { openAsNewProject, readProject, replaceProject, type TransferEnvironment } from './projectTransfer';
import { workedOnSinceFound, type LostProject } from './startupChecks';

export type LostRestore = { ok: true; projectId: string } | { ok: false; message: string };

export async function restoreLostProject(env: TransferEnvironment, files: BackupFiles, lost: LostProject): Promise<LostRestore> {
  const { newest } = lost;
  try {
    if (await workedOnSinceFound(env.registry, lost)) {
      return {
        ok: false,
        message: `“${lost.name}” was not restored: it holds work done since Framewise started, which its backup would replace. Nothing was changed. To go back to the backup anyway, restore it from Backups, as a new project or in place of the open one (which backs it up first).`,
      };
    }
    const file = await readProject(env, await files.read(lost.projectId, newest.file));
    if (!file.ok) return { ok: false, message: describeRefusal(newest.file, file.problems) };
    let projectId = lost.projectId;
    if (lost.inRegistry) await replaceProject(env, file, lost.projectId);
    // The id may have been taken meanwhile: the project is then restored under the id it was given.
    else projectId = (await openAsNewProject(env, file, lost.name)).project.id;
    await noteChange(env.registry, projectId);
    return { ok: true, projectId };
  } catch (error) {
    return { ok: false, message: `“${lost.name}” was not restored: ${failureReason(error)}. Nothing was changed.` };
  }
}
