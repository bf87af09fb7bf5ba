// The import pipeline: for each path, read the file, recognise duplicates by content, extract its
// canonical text and store the original. A file that cannot be imported is reported with its name and
// a reason, and the rest of the batch goes on. Nothing here touches the project: the renderer writes
// the imported documents in one transaction, so a refused file cannot change what is already there.
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { FileProblem, ImportReport, ImportRequest, ImportedDocument } from '../../shared/ipc';
import type { Extractor } from '../extract/extractor';
import { UnreadableFileError } from '../extract/unreadableFileError';
import { formatOfFileName, titleFromFileName } from '../extract/formats';
import { sha256Hex, storeOriginal } from './libraryStore';

export const DEFAULT_MAX_FILE_BYTES = 50 * 1024 * 1024;

export interface ImportContext {
  libraryDir: string;
  extractor: Extractor;
  onProgress(progress: { jobId: string; done: number; total: number; current: string }): void;
  isCancelled(): boolean;
  maxFileBytes?: number;
}

type Outcome =
  | { kind: 'imported'; document: ImportedDocument }
  | { kind: 'duplicate'; problem: FileProblem }
  | { kind: 'refused'; problem: FileProblem };

export async function importFiles(request: ImportRequest, context: ImportContext): Promise<ImportReport> {
  const report: ImportReport = { jobId: request.jobId, imported: [], duplicates: [], refused: [], unsupported: 0, cancelled: false };
  const seen = new Map<string, string>(request.knownSha256.map((sha) => [sha, '']));
  const total = request.paths.length;
  for (const [index, path] of request.paths.entries()) {
    if (context.isCancelled()) {
      report.cancelled = true;
      break;
    }
    context.onProgress({ jobId: request.jobId, done: index, total, current: basename(path) });
    const outcome = await importOne(path, seen, context);
    if (outcome.kind === 'imported') report.imported.push(outcome.document);
    else if (outcome.kind === 'duplicate') report.duplicates.push(outcome.problem);
    else report.refused.push(outcome.problem);
  }
  context.onProgress({ jobId: request.jobId, done: report.cancelled ? report.imported.length : total, total, current: '' });
  return report;
}

async function importOne(path: string, seen: Map<string, string>, context: ImportContext): Promise<Outcome> {
  const fileName = basename(path);
  const refuse = (reason: string): Outcome => ({ kind: 'refused', problem: { fileName, path, reason } });
  const format = formatOfFileName(fileName);
  if (!format) return refuse(`Framewise does not read ${extname(fileName) || 'extension-less'} files.`);

  const info = await stat(path).catch(() => null);
  if (!info) return refuse('the file is no longer there (it was moved or deleted during the import).');
  if (!info.isFile()) return refuse('it is not a regular file.');
  const maxBytes = context.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  if (info.size > maxBytes) return refuse(`it is ${megabytes(info.size)}, over the limit of ${megabytes(maxBytes)} per file.`);
  if (info.size === 0) return refuse('the file is empty.');

  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return refuse(`it could not be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`);
  }
  const sha256 = sha256Hex(bytes);
  const earlier = seen.get(sha256);
  if (earlier !== undefined) {
    const reason = earlier ? `it has the same content as “${earlier}”, imported just before.` : 'its content is already in the project.';
    return { kind: 'duplicate', problem: { fileName, path, reason } };
  }

  try {
    const extracted = await context.extractor.extract({ fileName, format, bytes });
    const storedName = await storeOriginal(context.libraryDir, sha256, extname(fileName).slice(1) || format, bytes);
    seen.set(sha256, fileName);
    return {
      kind: 'imported',
      document: {
        fileName,
        path,
        sha256,
        storedName,
        format,
        title: extracted.title || titleFromFileName(fileName),
        text: extracted.text,
        extraction: extracted.extraction,
      },
    };
  } catch (error) {
    if (error instanceof UnreadableFileError) return refuse(error.message);
    return refuse(`it could not be read (${(error as Error).message}).`);
  }
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}
