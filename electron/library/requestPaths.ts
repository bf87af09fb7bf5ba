// Paths named by the window, checked and normalised before main reads anything: absolute by this
// platform's rule (the contract's check, shared/library/absolutePath.ts, accepts both POSIX and
// Windows forms, since it cannot know where it runs), resolved ("/a/b/../c" is "/a/c"), and granted
// by the researcher (pathGrants.ts).
import { basename, isAbsolute, resolve } from 'node:path';
import type { ImportRequest } from '../../shared/ipc';
import { UserFacingError } from '../userFacingError';
import type { PathGrants } from './pathGrants';

export function grantedPath(path: string, grants: PathGrants): string {
  if (!isAbsolute(path)) throw new UserFacingError(`Request refused: “${path}” is not a full path to a file on this computer.`);
  const normalised = resolve(path);
  if (!grants.allows(normalised)) {
    throw new UserFacingError(`“${basename(normalised)}” was not chosen in an import dialog or dropped on the window; choose it with Import documents… to import it.`);
  }
  return normalised;
}

/** The request with every path (and every table's key) checked and normalised the same way. */
export function grantedImportRequest(request: ImportRequest, grants: PathGrants): ImportRequest {
  const paths = request.paths.map((path) => grantedPath(path, grants));
  if (!request.tables) return { ...request, paths };
  const tables = Object.fromEntries(Object.entries(request.tables).map(([path, choice]) => [grantedPath(path, grants), choice]));
  return { ...request, paths, tables };
}
