// Import preferences: the largest file Framewise will import. A limit keeps a mistaken 2 GB scan or a
// disk image from freezing the import; researchers with big PDFs raise it here. The size is read as
// typed (importPreferences.ts: a decimal comma, spaces between thousands), in a text field: a number
// field hides from the page what it cannot parse, so "2,5" would have looked typed and been nothing.
// A size that cannot be taken is refused inside the dialog, saying why, and what was typed stays.
import { useEffect, useState, type FormEvent } from 'react';
import { Dialog, DialogActions, FormError } from '../../ui/Dialog';
import { useAnnounce } from '../../ui/Announcer';
import { useProject } from '../projects/ProjectContext';
import { failureReason } from '../../db/writeFailure';
import { DEFAULT_MAX_FILE_MEGABYTES, LARGEST_MAX_FILE_MEGABYTES } from '../../../shared/library/fileSizeLimits';
import { maxFileMegabytes, readTypedMegabytes, setMaxFileMegabytes, SMALLEST_MAX_FILE_MEGABYTES } from './importPreferences';

export function PreferencesDialog({ onClose }: { onClose(): void }) {
  const { registry } = useProject();
  const announce = useAnnounce();
  const [typed, setTyped] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    // Unreadable (the registry closing, say): the default, rather than a field greyed out for good.
    const shown = (megabytes: number) => setTyped((current) => current ?? String(megabytes));
    maxFileMegabytes(registry).then(shown, () => shown(DEFAULT_MAX_FILE_MEGABYTES));
  }, [registry]);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const read = readTypedMegabytes(typed ?? '');
    if (read.problem !== undefined) return setProblem(read.problem);
    try {
      await setMaxFileMegabytes(registry, read.megabytes);
    } catch (error) {
      return setProblem(`Could not save the preference: ${failureReason(error)}.`);
    }
    announce(`Files over ${read.megabytes} MB will not be imported.`);
    onClose();
  };
  return (
    <Dialog title="Import preferences" onClose={onClose}>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <label>
          Largest file to import (MB)
          <input
            inputMode="decimal"
            autoComplete="off"
            value={typed ?? ''}
            disabled={typed === null}
            aria-invalid={problem ? true : undefined}
            aria-describedby="max-file-hint"
            onChange={(event) => {
              setTyped(event.target.value);
              setProblem(null);
            }}
          />
        </label>
        <FormError message={problem} />
        <p id="max-file-hint" className="hint">
          Larger files are listed as not imported, with their size. Between {SMALLEST_MAX_FILE_MEGABYTES} and {LARGEST_MAX_FILE_MEGABYTES} MB; the default is {DEFAULT_MAX_FILE_MEGABYTES} MB.
        </p>
        <DialogActions onCancel={onClose}>
          <button type="submit" disabled={typed === null}>
            Save
          </button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
