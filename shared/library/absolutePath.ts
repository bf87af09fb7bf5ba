// Paths the window names to main (files and folders to import, a table to preview) must be absolute:
// a relative one would be read against main's working directory, which the window knows nothing of.
// Pure, so the IPC contract can check it on any platform: POSIX ("/home/ana/a.txt"), Windows drive
// ("C:\Users\ana\a.txt", "C:/…") and UNC ("\\server\share\a.txt", "\\?\C:\…") paths are absolute;
// "a.txt", "./a.txt", "~/a.txt" and drive-relative "C:a.txt" are not. Main checks again with its own
// platform's rule (electron/library/requestPaths.ts) and normalises before it reads anything.
const WINDOWS_DRIVE = /^[A-Za-z]:[\\/]/u;
const UNC = /^[\\/]{2}[^\\/]+[\\/]+[^\\/]/u;

export function isAbsolutePath(path: string): boolean {
  // A NUL byte ends a path for the system but not for JavaScript: never a real path.
  if (path.includes('\0')) return false;
  return path.startsWith('/') || WINDOWS_DRIVE.test(path) || UNC.test(path);
}
