// Why a write to the disk failed, in words a researcher can act on. A full disk (ENOSPC) or a full
// quota (EDQUOT) is the failure they can fix themselves, so it is named plainly; anything else keeps
// the system's code for a bug report. Never the system's message: it names the hidden temporary file
// of the atomic write (fsAtomic.ts), not the file the researcher knows.

export function isDiskFull(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === 'ENOSPC' || code === 'EDQUOT';
}

/** "the disk is full: free some space and try again", or the system's code with the usual advice. */
export function writeFailedReason(error: unknown): string {
  if (isDiskFull(error)) return 'the disk is full. Free some space on it, and Framewise will write it again';
  const code = (error as NodeJS.ErrnoException | null)?.code ?? (error as Error | null)?.message ?? String(error);
  return `${code}; check that Framewise may write to its data folder`;
}

/**
 * Why a file could not be written where the researcher chose (a save dialog's answer), and what to do,
 * as a sentence ending in a full stop. EPERM and EACCES are both: Windows refuses to replace a file
 * that another program (a spreadsheet showing the last export) holds open with either.
 */
export function saveFailedReason(error: unknown): string {
  if (isDiskFull(error)) return 'the disk is full. Free some space on it, or choose another folder.';
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return 'that folder is no longer there. Choose another folder.';
    case 'EISDIR':
      return 'a folder of that name is there. Choose another name.';
    case 'EACCES':
    case 'EPERM':
      return 'Framewise may not write there, or the file is open in another program. Choose another folder, or close the file in that program.';
    case 'EBUSY':
      return 'the file is open in another program. Close it there, and save again.';
    case 'EROFS':
      return 'that disk cannot be written to. Choose another folder.';
    case 'ENAMETOOLONG':
      return 'the name, with its folder, is longer than the system allows. Choose a shorter name or another folder.';
    default:
      return `the system refused it (${code ?? 'no code'}). Choose another folder, or try again.`;
  }
}
