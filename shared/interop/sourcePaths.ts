// Where a REFI-QDA source's file is (REFI-QDA 1.5 §4.2): `internal://` inside the archive's sources
// folder, `relative://` beside the project (against `basePath`, or the .qdpx file's own folder when
// the project has none, as ATLAS.ti writes), `absolute://` anywhere on disk. They are URIs: parsed
// with URL and percent-decoded, never split by hand, so `internal://a%20b.txt` is the file `a b.txt`.
declare const URL: new (input: string) => { protocol: string; host: string; hostname: string; pathname: string };

export type SourceLocation =
  | { where: 'archive'; entry: string }
  | { where: 'disk'; path: string }
  | { where: 'nowhere'; reason: string };

export function locateSource(uri: string, basePath: string | undefined, archiveFolder: string | undefined): SourceLocation {
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
      return { where: 'disk', path: joinPath(base, rest) };
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

/** `relative` joined to a folder, with the folder's own separator (Windows paths use `\`). */
function joinPath(folder: string, relative: string): string {
  const separator = folder.includes('\\') && !folder.includes('/') ? '\\' : '/';
  const parts = relative.split('/').filter((part) => part !== '' && part !== '.');
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
