// A small text file the researcher picks in an open dialog (a manifest, a codebook), decoded by main
// as an imported text is; the window parses it.
import type { OpenPurposeName } from '../../shared/files/filePurposes';
import { call } from '../api';

/** Null when the dialog was cancelled. */
export async function openTextFile(purpose: OpenPurposeName): Promise<{ fileName: string; text: string } | null> {
  const file = await call('openFile', { purpose, as: 'text' });
  if (!file) return null;
  if (file.as !== 'text') throw new Error(`“${file.fileName}” came back as bytes, not text.`);
  return { fileName: file.fileName, text: file.text };
}
