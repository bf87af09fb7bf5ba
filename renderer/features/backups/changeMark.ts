// "Changed since the last backup": a counter per project, raised after every change this window
// commits to it (commitChange's onWritten: logged edits, and the imports the operations log does not
// record), kept in the registry beside the last backup's time and counter. The registry, not the
// project's database: no schema change, and a write there costs one small put after the change's own
// transaction. A crash between a change and its put loses that one raise; the next change raises the
// counter again, and the project's next open or timer sees it.
import type { ChangeMark, LastBackup } from '../../../shared/backup/backupSchedule';
import { onWritten } from '../../db/changes';
import { PROJECT_DB_PREFIX } from '../../db/projectDatabase';
import { getSetting, setSetting, type RegistryDatabase } from '../../db/registry';

const counterKey = (projectId: string) => `backup.changes.${projectId}`;
const lastKey = (projectId: string) => `backup.last.${projectId}`;

export async function readChangeMark(registry: RegistryDatabase, projectId: string): Promise<ChangeMark> {
  await changesNoted(projectId);
  return { changedAt: null, counter: (await getSetting<number>(registry, counterKey(projectId))) ?? 0 };
}

// The raises still being written, per project: a backup reads the mark once they are in.
const raising = new Map<string, Promise<void>>();

/** Raises the project's counter after each change committed to it; returns the stop. */
export function trackChanges(registry: RegistryDatabase, projectId: string): () => void {
  return onWritten(PROJECT_DB_PREFIX + projectId, () => {
    // One transaction per raise: two raises never read the same value.
    const raise = registry
      .transaction('rw', registry.settings, async () => {
        const counter = (await getSetting<number>(registry, counterKey(projectId))) ?? 0;
        await setSetting(registry, counterKey(projectId), counter + 1);
      })
      .catch((error: unknown) => console.error(new Error('Could not note a change for the next backup', { cause: error })));
    raising.set(projectId, (raising.get(projectId) ?? Promise.resolve()).then(() => raise));
  });
}

/** Raises the counter for a change made outside commitChange (a project replaced from a file or a backup). */
export async function noteChange(registry: RegistryDatabase, projectId: string): Promise<void> {
  await registry.transaction('rw', registry.settings, async () => {
    const counter = (await getSetting<number>(registry, counterKey(projectId))) ?? 0;
    await setSetting(registry, counterKey(projectId), counter + 1);
  });
}

/** Whether this installation ever noted a change to the project (its registry has a counter). */
export async function everChanged(registry: RegistryDatabase, projectId: string): Promise<boolean> {
  return ((await getSetting<number>(registry, counterKey(projectId))) ?? 0) > 0;
}

/** Resolves once every change committed so far has raised the project's counter. */
export async function changesNoted(projectId: string): Promise<void> {
  await raising.get(projectId);
}

export async function readLastBackup(registry: RegistryDatabase, projectId: string): Promise<LastBackup | null> {
  return (await getSetting<LastBackup>(registry, lastKey(projectId))) ?? null;
}

export function noteBackup(registry: RegistryDatabase, projectId: string, last: LastBackup): Promise<void> {
  return setSetting(registry, lastKey(projectId), last);
}
