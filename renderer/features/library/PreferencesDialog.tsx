// Import preferences: the largest file Framewise will import. A limit keeps a mistaken 2 GB scan or a
// disk image from freezing the import; researchers with big PDFs raise it here.
import { useEffect, useState, type FormEvent } from 'react';
import { Dialog, DialogActions } from '../../ui/Dialog';
import { useAnnounce } from '../../ui/Announcer';
import { useProject } from '../projects/ProjectContext';
import { DEFAULT_MAX_FILE_MEGABYTES, LARGEST_MAX_FILE_MEGABYTES } from '../../../shared/library/fileSizeLimits';
import { maxFileMegabytes, setMaxFileMegabytes } from './importPreferences';

export function PreferencesDialog({ onClose }: { onClose(): void }) {
  const { registry } = useProject();
  const announce = useAnnounce();
  const [megabytes, setMegabytes] = useState<string | null>(null);
  useEffect(() => {
    void maxFileMegabytes(registry).then((value) => setMegabytes(String(value)));
  }, [registry]);
  const value = Number(megabytes);
  const valid = megabytes !== null && Number.isFinite(value) && value >= 1 && value <= LARGEST_MAX_FILE_MEGABYTES;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!valid) return;
    await setMaxFileMegabytes(registry, value);
    announce(`Files over ${value} MB will not be imported.`);
    onClose();
  };
  return (
    <Dialog title="Import preferences" onClose={onClose}>
      <form onSubmit={(event) => void submit(event)}>
        <label>
          Largest file to import (MB)
          <input
            type="number"
            min={1}
            max={LARGEST_MAX_FILE_MEGABYTES}
            step="any"
            required
            value={megabytes ?? ''}
            disabled={megabytes === null}
            aria-invalid={megabytes !== null && !valid}
            aria-describedby="max-file-hint"
            onChange={(event) => setMegabytes(event.target.value)}
          />
        </label>
        <p id="max-file-hint" className="hint">
          Larger files are listed as not imported, with their size. Between 1 and {LARGEST_MAX_FILE_MEGABYTES} MB; the default is {DEFAULT_MAX_FILE_MEGABYTES} MB.
        </p>
        <DialogActions onCancel={onClose}>
          <button type="submit" disabled={!valid}>
            Save
          </button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
