/**
 * A project name made safe as the start of a file name on every system (Windows is the strictest),
 * for every file Framewise suggests saving: coded segments, memos, the codebook.
 */
export function safeFileName(name: string): string {
  return name.replace(/[\\/:*?"<>|\p{Cc}]+/gu, '-').slice(0, 120) || 'Framewise';
}
