// The disk space backups take, as the Backups place and its dialogs say it: whole kilobytes below a
// megabyte (a small backup is never "0 KB"), then one decimal. Units of 1024, as file managers on
// Windows and in the data folder's properties show them.
const KB = 1024;
const MB = KB * 1024;
const GB = MB * 1024;

export function sizeInWords(bytes: number): string {
  if (bytes <= 0) return '0 KB';
  if (bytes < MB) return `${Math.max(1, Math.round(bytes / KB))} KB`;
  if (bytes < GB) return `${(bytes / MB).toFixed(1)} MB`;
  return `${(bytes / GB).toFixed(1)} GB`;
}
