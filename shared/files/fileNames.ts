// Names of the files Framewise keeps in its data folder (backups, for one): checked before main
// touches the disk, on both sides of the IPC contract. A name is one plain file name, valid on
// Windows, macOS and Linux alike, so that a data folder copied between systems keeps every file:
// no folder separators, no "." or "..", nothing hidden (main's temporary files start with a dot,
// fsAtomic.ts), none of the characters or device names Windows refuses, at most 255 bytes in UTF-8
// (the limit of ext4, APFS and NTFS alike, in their units).

const WINDOWS_FORBIDDEN = /[<>:"/\\|?*]/u;
/** Control characters (U+0000–U+001F, U+007F): Windows refuses them, and they hide in listings. */
const hasControlCharacter = (name: string) => [...name].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f);
/** CON, PRN, AUX, NUL, COM1–9, LPT1–9, with or without an extension, in any case. */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?$/iu;
const MAX_NAME_BYTES = 255;

/** Why `name` cannot name a file in a data folder, or null when it can. */
export function fileNameProblem(name: string): string | null {
  if (name.length === 0) return 'it is empty';
  if (name === '.' || name === '..') return 'it names a folder, not a file';
  if (WINDOWS_FORBIDDEN.test(name) || hasControlCharacter(name)) return 'it holds a folder separator or a character Windows does not allow in file names';
  if (name.startsWith('.')) return 'it starts with a dot (hidden files are not kept there)';
  if (/[ .]$/u.test(name)) return 'it ends with a space or a dot, which Windows drops';
  if (WINDOWS_DEVICE.test(name)) return 'Windows keeps that name for a device';
  if (new TextEncoder().encode(name).length > MAX_NAME_BYTES) return `it is longer than ${MAX_NAME_BYTES} bytes`;
  return null;
}

export function isSafeFileName(name: string): boolean {
  return fileNameProblem(name) === null;
}
