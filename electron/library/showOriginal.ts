// Shows a stored original to the researcher. Only names of the library's own content-addressed files
// are accepted (the IPC schema checks their form), so the renderer cannot make the system open an
// arbitrary path.
//
// Originals keep their extension, so "open" hands them to whatever program the system has for it.
// For a web page that is a browser, which would load it as a file:// page and run its scripts (the
// rule is that imported HTML never runs script); a PDF reader may run a PDF's JavaScript. Those are
// shown in their folder instead (the file selected, where the system can), with the reason said,
// so the researcher chooses the program. Considered and not chosen: opening a copy renamed .txt,
// which shows a web page as its markup and a PDF as unreadable bytes, and leaves a second,
// misleadingly named copy of the original lying in a temporary folder. Anything not known to be
// inert (SVG and XML can carry script too) is treated the same way: a list of what may be opened,
// not of what may not.
import { stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { ShownOriginal } from '../../shared/ipc';
import type { ShellService } from '../services';
import { UserFacingError } from '../userFacingError';

/** Formats whose usual programs (text editors, word processors, spreadsheets) run no script from the file. */
const OPENED = new Set(['txt', 'text', 'md', 'markdown', 'docx', 'odt', 'rtf', 'csv', 'tsv', 'xlsx']);
const WEB_PAGES = new Set(['html', 'htm', 'xhtml', 'svg', 'xml']);

export async function showOriginal(libraryDir: string, storedName: string, shell: ShellService): Promise<ShownOriginal> {
  const path = join(libraryDir, storedName);
  if (!(await stat(path).catch(() => null))?.isFile()) {
    throw new UserFacingError('The original file is missing from the library folder; import it again to restore it.');
  }
  const extension = extname(storedName).slice(1).toLowerCase();
  if (!OPENED.has(extension)) {
    shell.showItemInFolder(path);
    return { opened: false, message: whyShownInFolder(extension) };
  }
  const error = await shell.openPath(path);
  if (error) throw new UserFacingError(`The system could not open the original: ${error}`);
  return { opened: true };
}

function whyShownInFolder(extension: string): string {
  const where = 'Framewise shows its file in the library folder instead of opening it.';
  if (WEB_PAGES.has(extension)) {
    return `The original is a web page (.${extension}): opening it would run any scripts it holds, so ${where} Open it with a text editor to read its source, or with a browser only if you trust it.`;
  }
  if (extension === 'pdf') {
    return `The original is a PDF, which can hold scripts that some PDF readers run, so ${where} Open it with the PDF reader of your choice.`;
  }
  return `The original is a .${extension} file, which Framewise does not know to be safe to open, so ${where}`;
}
