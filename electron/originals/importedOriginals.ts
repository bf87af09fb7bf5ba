// Which originals main itself stored from a file the researcher imported, as opposed to those the
// renderer handed it (from a project file, a REFI-QDA archive, a restored backup). Only the first may
// be opened in their default program (library/showOriginal.ts): the renderer's JavaScript is not
// trusted, and a received original is bytes it chose, under a name it chose, and a .docx or .rtf it
// wrote could carry OLE objects, DDE fields or a remote template.
//
// The record is one empty marker file per imported original, `<userData>/library-imported/<sha256>.<ext>`:
// beside the library, not in it, so the library keeps holding originals alone (its cleanup and all
// that lists it stay as they were). Chosen over one list file because originals are stored at once
// by the main process, the storing thread and the extraction workers: a list would need a lock across
// threads or lose names when two rewrite it together, and a 1,000-file import would rewrite it 1,000
// times. Creating an empty file is atomic on its own (it is there or it is not) and touches nothing
// else. The renderer cannot make one: receiveOriginal writes only names of the form <sha256>.<ext>
// into the library, and the data folders it may write (electron/files/dataFolders.ts) are under
// `backups/` alone. Markers are written after their original and not flushed: one lost to a crash
// leaves its original shown in its folder, the safe side. A library from before this record existed
// is taken as it is, once (recordEarlierOriginals): its originals came in before the renderer was
// distrusted, and showing a researcher's every imported file in its folder from one version to the
// next would take away what Show original is for.
import { mkdirSync, writeFileSync } from 'node:fs';
import { lstat, mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { STORED_NAME } from '../../shared/projectFile/entryNames';
import { basename, dirname, join } from 'node:path';

/** `<userData>/library-imported` for the library `<userData>/library`. */
function markersDir(libraryDir: string): string {
  return join(dirname(libraryDir), `${basename(libraryDir)}-imported`);
}

export async function markImported(libraryDir: string, storedName: string): Promise<void> {
  await mkdir(markersDir(libraryDir), { recursive: true });
  await writeFile(join(markersDir(libraryDir), storedName), '');
}

export function markImportedSync(libraryDir: string, storedName: string): void {
  mkdirSync(markersDir(libraryDir), { recursive: true });
  writeFileSync(join(markersDir(libraryDir), storedName), '');
}

/** Whether the original was stored from an import. A link in the marker's place does not count. */
export async function wasImported(libraryDir: string, storedName: string): Promise<boolean> {
  return (await lstat(join(markersDir(libraryDir), storedName)).catch(() => null))?.isFile() ?? false;
}

/** Forgets an original deleted from the library, so bytes received later under its name are not taken for an import. */
export async function forgetImported(libraryDir: string, storedName: string): Promise<void> {
  await rm(join(markersDir(libraryDir), storedName), { force: true });
}

/**
 * The first time this version runs on a library (no record beside it yet), marks every original in it
 * as imported; afterwards does nothing. Main runs it before anything stores an original.
 */
export async function recordEarlierOriginals(libraryDir: string): Promise<void> {
  if (await lstat(markersDir(libraryDir)).catch(() => null)) return;
  const names = (await readdir(libraryDir, { withFileTypes: true }).catch(() => [])).filter((e) => e.isFile() && STORED_NAME.test(e.name)).map((e) => e.name);
  // Markers first, the folder's name last: a crash half-way leaves no folder, and the next start does it again.
  const partial = `${markersDir(libraryDir)}.partial`;
  await rm(partial, { recursive: true, force: true });
  await mkdir(partial, { recursive: true });
  for (const name of names) await writeFile(join(partial, name), '');
  await rename(partial, markersDir(libraryDir));
}
