// The Backups place: every project's backups (the open project's first), each with when and why it
// was taken and what it holds, restored as a new project or in place of the open one; a backup on
// request; the backup preferences and whether the browser keeps the project storage for good. A
// deleted project's backups are kept until the researcher deletes them here (they are its only way
// back), with when it was deleted and the space they take said beside them.
import { useCallback, useEffect, useRef, useState } from 'react';
import { ofAnotherProject, type ListedBackup } from '../../../shared/backup/backupIndex';
import { deletedProjectBackups, deletedWhenInWords, type DeletedProjectBackups } from '../../../shared/backup/deletedProjectBackups';
import { sizeInWords } from '../../../shared/backup/sizeInWords';
import { countOf } from '../../../shared/text/plural';
import { REASON_WORDS } from '../../../shared/backup/backupReasons';
import { useAnnounce } from '../../ui/Announcer';
import { deletedProjectIds } from '../../db/registry';
import { useProject } from '../projects/ProjectContext';
import { backupRegistry } from './appBackups';
import { ipcBackupFiles } from './backupFiles';
import { useBackups } from './BackupsContext';
import { BackupPreferencesForm } from './BackupPreferencesForm';
import { DeleteBackupsDialog } from './DeleteBackupsDialog';
import { deleteBackupsOfDeletedProject, deletionInWords } from './deleteProjectBackups';
import { PlaceDialog } from './TransferDialogs';
import { RefusalDialog } from '../../ui/NoticeDialog';
import { restoredName, useProjectTransfer, type PendingFile } from './useProjectTransfer';
import './backups.css';

interface ProjectBackups {
  projectId: string;
  name: string;
  backups: ListedBackup[];
  /** The researcher deleted the project; its backups restore it as a new one. */
  deleted?: DeletedProjectBackups;
}

export function BackupsView() {
  const { project } = useProject();
  const { service, status, project: identity } = useBackups();
  const transfer = useProjectTransfer();
  const announce = useAnnounce();
  const [projects, setProjects] = useState<ProjectBackups[] | null>(null);
  const [restoring, setRestoring] = useState<{ pending: PendingFile; folder: ProjectBackups; backup: ListedBackup } | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<ProjectBackups | null>(null);
  /** The project whose backups are being deleted now: its button is not pressed twice. */
  const [deletingNow, setDeletingNow] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // Once a deleted project's backups are gone, so is its section and the button that had the focus:
  // the focus goes to the place's heading once the list without it is drawn, not to the page's body.
  const focusHeadingOnList = useRef(false);
  // While backups are being deleted, listing the folder would tidy it under the deletion's feet (a
  // backup whose index is gone looks like one a crash interrupted, and is checked and indexed again):
  // the list waits for the deletion, which lists again when it is done.
  const deletion = useRef<Promise<unknown>>(Promise.resolve());

  const load = useCallback(async () => {
    await deletion.current;
    const ids = new Set([project.id, ...(await ipcBackupFiles.projects())]);
    // A deleted project's backups are listed as any other's (its folder stays), named as deleted.
    const deleted = await deletedProjectIds(backupRegistry());
    const found: ProjectBackups[] = [];
    for (const projectId of ids) {
      const backups = await service.list(projectId);
      const entry = await backupRegistry().projects.get(projectId);
      // Named by its own backups: another project's, copied into its folder by hand, name that project.
      const own = backups.find((b) => !ofAnotherProject(b, projectId));
      if (backups.length > 0 || projectId === project.id) {
        found.push({ projectId, name: entry?.name ?? own?.index.project.name ?? projectId, backups, ...(!entry && deleted.has(projectId) ? { deleted: deletedProjectBackups(projectId, backups) } : {}) });
      }
    }
    setProjects(found);
  }, [project.id, service]);

  useEffect(() => {
    if (projects === null || !focusHeadingOnList.current) return;
    focusHeadingOnList.current = false;
    heading.current?.focus();
  }, [projects]);

  useEffect(() => {
    void load().catch((error: unknown) => announce(`The backups could not be listed: ${(error as Error).message}`));
  }, [load, status.lastTakenAt, announce]);

  const backUpNow = async () => {
    try {
      await service.take(identity, 'on-request');
      announce(`Backed up “${project.name}”.`);
    } catch {
      // The failure is in the status (and said).
    }
  };

  const deleteBackups = async (folder: ProjectBackups) => {
    setDeleting(null);
    setDeletingNow(folder.projectId);
    const deleted = service.exclusively(folder.projectId, () => deleteBackupsOfDeletedProject({ files: ipcBackupFiles, registry: backupRegistry() }, folder.projectId, folder.backups));
    deletion.current = deleted.catch(() => null);
    try {
      announce(deletionInWords(folder.name, folder.backups.length, await deleted));
    } catch (error) {
      announce(`The backups of “${folder.name}” were not deleted: ${(error as Error).message}`);
    }
    focusHeadingOnList.current = true;
    await load().catch((error: unknown) => announce(`The backups could not be listed: ${(error as Error).message}`));
    setDeletingNow(null);
  };

  const restore = async (folder: ProjectBackups, backup: ListedBackup) => {
    const chosen = await transfer.readBackup(folder.projectId, backup);
    if (!chosen) return;
    if ('refusal' in chosen) setRefusal(chosen.refusal);
    else setRestoring({ pending: chosen.pending, folder, backup });
  };

  return (
    <main className="backups-main" aria-labelledby="backups-heading">
      <header className="backups-header">
        <h2 id="backups-heading" ref={heading} tabIndex={-1}>
          Backups
        </h2>
        <p className="hint">
          Framewise backs each project up when you open it, every few minutes while you work, and before anything that deletes or overwrites work. Backups are
          project files in the “backups” folder of Framewise’s data folder, one folder per project. The backups of a project you deleted are kept until you delete
          them here: until then, it can be restored.
        </p>
        <button type="button" disabled={status.running !== null} onClick={() => void backUpNow()}>
          Back up now
        </button>
        <p role="status" aria-label="Backup status" className="meta">
          {status.running ? `Backing up (${REASON_WORDS[status.running]})…` : status.lastTakenAt ? `Last backup: ${new Date(status.lastTakenAt).toLocaleString()}.` : ''}
        </p>
        {status.failure ? (
          <p role="alert" className="form-error">
            {status.failure}
          </p>
        ) : null}
      </header>
      {projects === null ? <p>Listing the backups…</p> : null}
      {projects?.map((p) => (
        <section key={p.projectId} aria-label={`Backups of ${p.name}`}>
          <h3>
            {p.name}
            {p.projectId === project.id ? ' (open)' : ''}
            {p.deleted ? ' (deleted project)' : ''}
          </h3>
          {p.deleted ? (
            <div className="deleted-project">
              <p>
                {capitalized(deletedWhenInWords(p.deleted, new Date(), dayInWords))}. {countOf(p.deleted.count, 'backup')}, {sizeInWords(p.deleted.bytes)}: restore one to
                bring the project back as a new project, or delete them to free the space.
              </p>
              <button type="button" className="danger" disabled={deletingNow === p.projectId} onClick={() => setDeleting(p)}>
                Delete the backups of “{p.name}”…
              </button>
            </div>
          ) : null}
          {p.backups.length === 0 ? (
            <p>No backups yet.</p>
          ) : (
            <table className="backups-table">
              <thead>
                <tr>
                  <th scope="col">Taken</th>
                  <th scope="col">Why</th>
                  <th scope="col">Documents</th>
                  <th scope="col">Codings</th>
                  <th scope="col">Memos</th>
                  <th scope="col">Size</th>
                  <th scope="col">Restore</th>
                </tr>
              </thead>
              <tbody>
                {p.backups.map((backup) => (
                  <tr key={backup.file}>
                    <td>{new Date(backup.takenAt).toLocaleString()}</td>
                    <td>
                      {REASON_WORDS[backup.reason]}
                      {ofAnotherProject(backup, p.projectId) ? <span className="meta">; {otherProjectWords(backup)}</span> : null}
                    </td>
                    <td>{backup.index.counts.documents}</td>
                    <td>{backup.index.counts.codings}</td>
                    <td>{backup.index.counts.memos}</td>
                    <td>{sizeInWords(backup.bytes)}</td>
                    <td>
                      <button
                        type="button"
                        onClick={() => void restore(p, backup)}
                        aria-label={`Restore the backup ${ofAnotherProject(backup, p.projectId) ? `of another project, “${backup.index.project.name}”, ` : ''}taken ${REASON_WORDS[backup.reason]} on ${new Date(backup.takenAt).toLocaleString()}`}
                      >
                        Restore…
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      ))}
      <BackupPreferencesForm />
      {deleting?.deleted ? (
        <DeleteBackupsDialog
          name={deleting.name}
          summary={deleting.deleted}
          deletedWhen={deletedWhenInWords(deleting.deleted, new Date(), dayInWords)}
          onDelete={() => void deleteBackups(deleting)}
          onCancel={() => setDeleting(null)}
        />
      ) : null}
      {refusal ? <RefusalDialog title="Not opened" message={refusal} onClose={() => setRefusal(null)} /> : null}
      {restoring ? (
        <PlaceDialog
          title="Restore a backup"
          pending={restoring.pending}
          currentName={project.name}
          newName={restoredName(restoring.pending.file.manifest.project.name, restoring.backup.takenAt)}
          warning={foundInAnotherFolder(restoring.pending.file.manifest.project, restoring.folder)}
          onNew={() => {
            setRestoring(null);
            void transfer.openAsNew(restoring.pending, restoredName(restoring.pending.file.manifest.project.name, restoring.backup.takenAt)).then(load);
          }}
          onReplace={() => {
            setRestoring(null);
            void transfer.replaceCurrent(restoring.pending).then(load);
          }}
          onCancel={() => {
            setRestoring(null);
            transfer.discard(restoring.pending);
          }}
        />
      ) : null}
    </main>
  );
}

function otherProjectWords(backup: ListedBackup): string {
  return `a backup of another project, “${backup.index.project.name}”`;
}

/** Said before a backup is restored when its manifest names another project than the folder it was found in's. */
function foundInAnotherFolder(project: { id: string; name: string }, folder: ProjectBackups): string | undefined {
  if (project.id === folder.projectId) return undefined;
  return `This is a backup of “${project.name}”, not of “${folder.name}”: it was found in the backups folder of “${folder.name}”.`;
}

const dayInWords = (at: string) => new Date(at).toLocaleDateString(undefined, { dateStyle: 'long' });

function capitalized(words: string): string {
  return words.charAt(0).toUpperCase() + words.slice(1);
}
