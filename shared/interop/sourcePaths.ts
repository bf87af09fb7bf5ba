// Where a REFI-QDA source's file is (REFI-QDA 1.5 §4.2): `internal://` inside the archive's sources
// folder, `relative://` beside the project (against `basePath`, or the .qdpx file's own folder when
// the project has none, as ATLAS.ti writes), `absolute://` anywhere on disk. They are URIs: parsed
// with URL and percent-decoded, never split by hand, so `internal://a%20b.txt` is the file `a b.txt`.
// A .qdpx comes from anyone: a path it names is read only when it is a file on this computer (no
// network share: Windows would connect to the server, and send it the user's NTLM hash, on sight)
// and a relative:// path only inside its folder. Main grants by the same rule (linkedSources.ts).
declare const URL: new (input: string) => { protocol: string; host: string; hostname: string; pathname: string };

export type SourceLocation =
  | { where: 'archive'; entry: string }
  | { where: 'disk'; path: string }
  | { where: 'nowhere'; reason: string };

export function locateSource(uri: string, basePath: string | undefined, archiveFolder: string | undefined): SourceLocation {
  const location = locateAnywhere(uri, basePath, archiveFolder);
  const problem = location.where === 'disk' ? localPathProblem(location.path) : null;
  return problem ? { where: 'nowhere', reason: problem } : location;
}

/**
 * Why Framewise will not read the file at `path`, in POSIX or Windows form, or null. A path that
 * starts with two separators is a network share (`\\host\share`, `//host/share`) or a Windows
 * device path (`\\?\UNC\host\…`, `\\.\…`, `\\?\GLOBALROOT\…`), which can reach one too:
 * refused whatever follows, as Windows reads `/\` and `\/` as two separators too.
 */
export function localPathProblem(path: string): string | null {
  if (!/^[\\/]{2}/u.test(path)) return null;
  if (/^[\\/]{2}[?.][\\/]/u.test(path) && !/^[\\/]{2}[?.][\\/]UNC[\\/]/iu.test(path)) {
    return `its text file has a Windows device path (${path}): Framewise reads only files on this computer, by their ordinary path`;
  }
  return `its text file is on a network share (${path}): Framewise reads only files on this computer`;
}

function locateAnywhere(uri: string, basePath: string | undefined, archiveFolder: string | undefined): SourceLocation {
  const url = parseUri(uri);
  if (!url) return { where: 'nowhere', reason: `“${uri}” is not a path REFI-QDA knows (internal://, relative:// or absolute://)` };
  const rest = decode(`${url.host}${url.pathname}`);
  if (rest === null) return { where: 'nowhere', reason: `“${uri}” has a broken percent-escape` };
  switch (url.protocol) {
    case 'internal:':
      return { where: 'archive', entry: rest.replace(/^\/+/u, '') };
    case 'relative:': {
      const base = basePath && basePath.trim() !== '' ? basePath : archiveFolder;
      if (!base) return { where: 'nowhere', reason: `“${uri}” is relative to the project's folder, which is not known` };
      const path = joinPath(base, rest);
      // A folder on a network share is refused as such, wherever the path leads from it.
      if (path === null && !localPathProblem(base)) {
        return { where: 'nowhere', reason: `“${uri}” leads out of the project’s folder (${base}) with “..”: Framewise reads relative:// files only inside it` };
      }
      return { where: 'disk', path: path ?? base };
    }
    case 'absolute:': {
      // `absolute://C:/data/a.txt` parses with the drive letter as host and its colon dropped (an
      // empty port); `absolute:///C:/…` and `absolute:///home/…` put everything in the path.
      const drive = /^absolute:\/\/[A-Za-z]:/iu.test(uri) ? `${url.hostname}:` : url.host ? `/${decode(url.host) ?? url.host}` : '';
      const path = decode(url.pathname) ?? url.pathname;
      const full = `${drive}${path}`;
      return { where: 'disk', path: /^\/[A-Za-z]:\//u.test(full) ? full.slice(1) : full };
    }
    default:
      return { where: 'nowhere', reason: `“${uri}” uses the scheme “${url.protocol}”, which is not one of REFI-QDA's` };
  }
}

function parseUri(uri: string): { protocol: string; host: string; hostname: string; pathname: string } | null {
  const attempts = [uri.trim(), uri.trim().replace(/\\/gu, '/').replace(/ /gu, '%20')];
  for (const attempt of attempts) {
    try {
      const url = new URL(attempt);
      return { protocol: url.protocol.toLowerCase(), host: url.host, hostname: url.hostname, pathname: url.pathname };
    } catch {
      // Not a URI as written: try again with the backslashes and spaces some tools leave in.
    }
  }
  return null;
}

function decode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/**
 * `relative` joined to a folder, with the folder's own separator (Windows paths use `\`), its `..`
 * taken out; null when one climbs above the folder. Both `/` and `\` separate, as either does on
 * Windows (a decoded `%5C` included).
 */
function joinPath(folder: string, relative: string): string | null {
  const separator = folder.includes('\\') && !folder.includes('/') ? '\\' : '/';
  const parts: string[] = [];
  for (const part of relative.split(/[\\/]/u)) {
    if (part === '' || part === '.') continue;
    if (part !== '..') parts.push(part);
    else if (parts.pop() === undefined) return null;
  }
  return `${folder.replace(/[\\/]+$/u, '')}${separator}${parts.join(separator)}`;
}

/** The archive's entry names by their lower-case form, for `findArchiveEntry`. */
export function archiveIndex(entries: Iterable<string>): Map<string, string> {
  const index = new Map<string, string>();
  for (const name of entries) if (!index.has(name.toLowerCase())) index.set(name.toLowerCase(), name);
  return index;
}

/**
 * The archive entry an `internal://` name refers to: in `sources/` (MAXQDA, NVivo for Mac) or
 * `Sources/` (NVivo for Windows), or at the top; names compared without regard to case, as tools
 * change the case of GUIDs in file names.
 */
export function findArchiveEntry(index: ReadonlyMap<string, string>, entry: string): string | null {
  const wanted = entry.toLowerCase();
  return index.get(`sources/${wanted}`) ?? index.get(wanted) ?? null;
}
