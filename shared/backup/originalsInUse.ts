// The originals the library must keep: every one a project's documents refer to, and every one a
// kept backup refers to (a backup holds no originals, only their library names, so deleting an
// original a backup needs would make its documents' originals unrecoverable after a restore). The
// library's cleanup deletes only files outside this set.
import { STORED_NAME } from '../projectFile/entryNames';

export function originalsInUse(
  projects: Iterable<{ documents: Iterable<{ storedName: string }> }>,
  keptBackups: Iterable<{ originals: readonly string[] }>,
): Set<string> {
  const inUse = new Set<string>();
  for (const project of projects) for (const doc of project.documents) if (STORED_NAME.test(doc.storedName)) inUse.add(doc.storedName);
  for (const backup of keptBackups) for (const name of backup.originals) inUse.add(name);
  return inUse;
}

/** The library files a cleanup may delete: those no project and no kept backup refers to. */
export function unusedOriginals(libraryFiles: Iterable<string>, inUse: ReadonlySet<string>): string[] {
  return [...libraryFiles].filter((name) => !inUse.has(name));
}
