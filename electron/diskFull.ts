// Why a write to the disk failed, in words a researcher can act on. A full disk (ENOSPC) or a full
// quota (EDQUOT) is the failure they can fix themselves, so it is named plainly; anything else keeps
// the system's code for a bug report.

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
