// Paths named by the window, checked and normalised before main reads anything: absolute by this
// platform's rule (the contract's check, shared/library/absolutePath.ts, accepts both POSIX and
// Windows forms, since it cannot know where it runs), resolved ("/a/b/../c" is "/a/c"), and granted
// by the researcher where it really leads, links followed (pathGrants.ts).
//
// The path handed on is the one the window named, normalised, not its real path: it is the name the
// researcher knows the document by, shown and kept with it. Main reads it at once; only someone who
// can write in the chosen folder could swap a link in between, and they could copy the file there.
import { basename, isAbsolute, resolve } from 'node:path';
import type { ImportRequest } from '../../shared/ipc';
import { UserFacingError } from '../userFacingError';
import type { PathGrants } from './pathGrants';

export async function grantedPath(path: string, grants: PathGrants): Promise<string> {
  if (!isAbsolute(path)) throw new UserFacingError(`Request refused: “${path}” is not a full path to a file on this computer.`);
  const normalised = resolve(path);
  if (!(await grants.allows(normalised))) {
    throw new UserFacingError(`“${basename(normalised)}” was not chosen in an import dialog or dropped on the window; choose it with Import documents… to import it.`);
  }
  return normalised;
}

/** The request with every path (and every table's key) checked and normalised the same way. */
export async function grantedImportRequest(request: ImportRequest, grants: PathGrants): Promise<ImportRequest> {
  const paths = await grantedPaths(request.paths, grants);
  if (!request.tables) return { ...request, paths };
  const choices = Object.entries(request.tables);
  const keys = await grantedPaths(choices.map(([path]) => path), grants);
  return { ...request, paths, tables: Object.fromEntries(choices.map(([, choice], i) => [keys[i]!, choice])) };
}

/** All checked at once (a dialog can name thousands); the first refused, in the order given, is the one reported. */
async function grantedPaths(paths: readonly string[], grants: PathGrants): Promise<string[]> {
  const checked = await Promise.allSettled(paths.map((path) => grantedPath(path, grants)));
  return checked.map((check) => {
    if (check.status === 'rejected') throw check.reason;
    return check.value;
  });
}
