// The names inside a project file (a zip). Exactly these, nothing else: a reader refuses any other
// entry, so a file cannot smuggle in content that some later version, or a researcher unzipping it,
// would trust. Names are checked before anything is inflated.
import { isTableName, type TableName } from './projectTables';

export const MANIFEST_ENTRY = 'manifest.json';

/** One JSON object per line, UTF-8, `\n` after every row (JSON lines). */
export function tableEntry(table: TableName): string {
  return `tables/${table}.jsonl`;
}

/** Originals keep their library name, `<sha256>.<ext>` (electron/library/libraryStore.ts). */
export const STORED_NAME = /^[0-9a-f]{64}\.[a-z0-9]{1,10}$/;

export function originalEntry(storedName: string): string {
  return `originals/${storedName}`;
}

export type EntryKind =
  | { kind: 'manifest' }
  | { kind: 'table'; table: TableName }
  | { kind: 'original'; storedName: string }
  /** "tables/" and "originals/": a zip tool that re-packs the folder adds them; they hold nothing. */
  | { kind: 'folder' }
  | { kind: 'unsafe'; why: string }
  | { kind: 'unknown' };

export function classifyEntry(name: string): EntryKind {
  const unsafe = unsafeNameReason(name);
  if (unsafe) return { kind: 'unsafe', why: unsafe };
  if (name === MANIFEST_ENTRY) return { kind: 'manifest' };
  if (name === 'tables/' || name === 'originals/') return { kind: 'folder' };
  const table = /^tables\/([A-Za-z]+)\.jsonl$/.exec(name);
  if (table && isTableName(table[1]!)) return { kind: 'table', table: table[1] };
  const original = /^originals\/(.+)$/.exec(name);
  if (original && STORED_NAME.test(original[1]!)) return { kind: 'original', storedName: original[1]! };
  return { kind: 'unknown' };
}

/**
 * Why a name could escape the folder it is unpacked into, or mean different things on different
 * systems (zip slip): parent segments, absolute paths, Windows drive letters and backslashes, control
 * characters. Null when the name is harmless.
 */
export function unsafeNameReason(name: string): string | null {
  if (name === '') return 'it has no name';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name)) return 'its name contains control characters';
  if (name.includes('\\')) return 'its name contains a backslash, which Windows reads as a folder separator';
  if (name.startsWith('/')) return 'its name is an absolute path';
  if (/^[A-Za-z]:/.test(name)) return 'its name starts with a drive letter';
  if (name.split('/').some((segment) => segment === '..')) return 'its name climbs out of its folder with “..”';
  return null;
}
