// How large a file Framewise imports: one definition for the preferences dialog, the IPC contract
// that checks what the window asks for, and the main process that refuses larger files. A limit
// keeps a mistaken 2 GB scan or a database dump from being read into memory; the researcher may
// raise it, up to what Node reads of a file in one piece (2 GiB: readFile refuses more).

/** Megabytes as the preferences count them: 1 MB = 1,048,576 bytes (what file managers often call MiB). */
export function megabytesToBytes(megabytes: number): number {
  return Math.round(megabytes * 1024 * 1024);
}

export const DEFAULT_MAX_FILE_MEGABYTES = 50;
/** The largest limit the preferences allow (2 GiB). */
export const LARGEST_MAX_FILE_MEGABYTES = 2048;

export const DEFAULT_MAX_FILE_BYTES = megabytesToBytes(DEFAULT_MAX_FILE_MEGABYTES);
export const LARGEST_MAX_FILE_BYTES = megabytesToBytes(LARGEST_MAX_FILE_MEGABYTES);
