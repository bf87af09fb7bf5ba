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
//
// Even a format on that list is opened only if main itself stored the original from a file the
// researcher imported (originals/importedOriginals.ts). One the renderer handed in (from a project
// file, a REFI-QDA archive, a restored backup) is bytes the renderer chose, and the renderer's
// JavaScript is not trusted: a .docx or .rtf can carry OLE objects, DDE fields and remote templates,
// a .csv or .xlsx formulas that Excel runs. So it is shown in its folder, and the researcher opens it
// deliberately. That same provenance is why RTF and CSV stay on the list: what is opened is a file
// the researcher chose to import, opened in the program they would open it with themselves, and
// dropping them would only add a step for their own files without keeping anything from an attacker.
import { stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { ShownOriginal } from '../../shared/ipc';
import type { ShellService } from '../services';
import { UserFacingError } from '../userFacingError';
import { wasImported } from '../originals/importedOriginals';

/** Formats whose usual programs (text editors, word processors, spreadsheets) run no script from the file without asking. */
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
  if (!(await wasImported(libraryDir, storedName))) {
    shell.showItemInFolder(path);
    return { opened: false, message: NOT_IMPORTED };
  }
  const error = await shell.openPath(path);
  if (error) throw new UserFacingError(`The system could not open the original: ${error}`);
  return { opened: true };
}

const NOT_IMPORTED =
  "Framewise cannot tell that this original came from a file imported on this computer (it may have come in a project file, an archive or a backup), so it shows its file in the library folder instead of opening it. Open it yourself if you trust where it came from, or import that file again to have Framewise open it.";

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
