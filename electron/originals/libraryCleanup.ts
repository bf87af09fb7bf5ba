// The library's cleanup: deletes the originals that nothing needs any more (an import that never
// finished stored them, or their documents were deleted from every project and rotated out of every
// backup). Deleting an original a project or a kept backup refers to would make that document's file
// unrecoverable, so the rule is the pure one of shared/backup/originalsInUse.ts, over:
//   - the originals the window's projects refer to (it owns the databases and sends the list), and
//   - the originals every backup in the data folder refers to, read here from each backup's index,
//     or from the manifest inside a backup whose index is missing (one a crash interrupted, which the
//     window may yet check and keep).
// Temporary files of originals whose storing a crash interrupted are deleted too, and the record that
// a deleted original was imported (importedOriginals.ts): the same name received later is not.
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { parseBackupIndex } from '../../shared/backup/backupIndex';
import { BACKUP_EXTENSION, INDEX_EXTENSION } from '../../shared/backup/backupName';
import { originalsInUse, unusedOriginals } from '../../shared/backup/originalsInUse';
import { MANIFEST_ENTRY, STORED_NAME } from '../../shared/projectFile/entryNames';
import type { LibraryCleanup } from '../../shared/ipc';
import { forgetImported } from './importedOriginals';
import { isTemporaryName } from '../fsAtomic';

export async function cleanUpLibrary(libraryDir: string, backupsDir: string, projectOriginals: readonly string[]): Promise<LibraryCleanup> {
  const entries = await readdir(libraryDir, { withFileTypes: true }).catch(() => []);
  const originals = entries.filter((e) => e.isFile() && STORED_NAME.test(e.name)).map((e) => e.name);
  const leftovers = entries.filter((e) => e.isFile() && isTemporaryName(e.name)).map((e) => e.name);
  const inUse = originalsInUse([{ documents: projectOriginals.map((storedName) => ({ storedName })) }], await backupOriginals(backupsDir));
  const unused = unusedOriginals(originals, inUse);
  let freedBytes = 0;
  // Forgotten before the originals go: a crash in between leaves one shown in its folder, the safe side.
  for (const name of unused) await forgetImported(libraryDir, name);
  for (const name of [...unused, ...leftovers]) {
    const path = join(libraryDir, name);
    freedBytes += (await stat(path).catch(() => null))?.size ?? 0;
    await rm(path, { force: true });
  }
  return { deleted: unused.length, kept: originals.length - unused.length, freedBytes };
}

/** What each backup in `<userData>/backups/<project>/` refers to. */
async function backupOriginals(backupsDir: string): Promise<Array<{ originals: readonly string[] }>> {
  const projects = await readdir(backupsDir, { withFileTypes: true }).catch(() => []);
  const found: Array<{ originals: readonly string[] }> = [];
  for (const project of projects.filter((p) => p.isDirectory())) {
    const folder = join(backupsDir, project.name);
    const files = (await readdir(folder, { withFileTypes: true })).filter((f) => f.isFile()).map((f) => f.name);
    const names = new Set(files);
    for (const file of files) {
      if (!file.endsWith(BACKUP_EXTENSION)) continue;
      const indexName = file.slice(0, -BACKUP_EXTENSION.length) + INDEX_EXTENSION;
      const index = names.has(indexName) ? parseBackupIndex(await readFile(join(folder, indexName), 'utf8').catch(() => '')) : null;
      if (index) found.push({ originals: index.originals });
      else found.push({ originals: await manifestOriginals(join(folder, file)) });
    }
  }
  return found;
}

/**
 * The originals a backup's manifest lists; none when it is damaged (not a zip, no manifest: the window
 * deletes it as such), or when it was deleted since the folder was listed (rotated out). A backup that
 * is there but cannot be read now (held open by another program, a disk error) may be whole: what it
 * refers to is unknown, so the cleanup stops rather than delete originals it may need.
 */
async function manifestOriginals(path: string): Promise<string[]> {
  const bytes = await readFile(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw new Error(`the backup “${path}” could not be read (${error.code ?? error.message}), so the originals it refers to are not known; nothing was deleted`, { cause: error });
  });
  if (!bytes) return [];
  try {
    const entries = unzipSync(new Uint8Array(bytes), { filter: (file) => file.name === MANIFEST_ENTRY });
    const manifest = JSON.parse(new TextDecoder().decode(entries[MANIFEST_ENTRY])) as { originals?: { referenced?: unknown } };
    const referenced = manifest.originals?.referenced;
    return Array.isArray(referenced) ? referenced.filter((name): name is string => typeof name === 'string') : [];
  } catch {
    return [];
  }
}
