// The library folder of originals (`<userData>/library`), used by the import pipeline (library/) and by
// the extraction workers (extract/), which store what they have just read: a module of its own, so that
// neither folder imports the other both ways. Originals are kept content-addressed,
// `<library>/<sha256>.<ext>`: the same bytes are stored once however often they are imported, and a
// stored file is never overwritten with something else.
import { createHash } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import type { DocumentFormat } from '../../shared/model';
import { isDiskFull } from '../diskFull';
import { temporaryName } from '../fsAtomic';
import { markImported, markImportedSync } from './importedOriginals';

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function storedNameFor(sha256: string, extension: string): string {
  return `${sha256}.${extension.toLowerCase()}`;
}

/** The stored original keeps the file's extension (so the system opens it with the right program), or the format's name. */
export function storedExtension(fileName: string, format: DocumentFormat): string {
  const extension = extname(fileName).slice(1).toLowerCase();
  return /^[a-z0-9]{1,10}$/u.test(extension) ? extension : format;
}

/** Why an original could not be stored, said to the researcher about the file. */
export function storingFailedReason(error: unknown): string {
  if (isDiskFull(error)) return "it could not be copied into Framewise's library folder: the disk is full. Free some space on it, then import the file again";
  const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
  return `it could not be copied into Framewise's library folder (${code}): check that the disk has room and that Framewise may write to its data folder.`;
}

/**
 * Stores the original of a file the researcher imported, unless an identical one is already there,
 * and records that it came from an import (importedOriginals.ts); returns its stored name. Only the
 * import pipeline calls this: an original the renderer hands in goes through storeReceivedOriginal.
 */
export async function storeOriginal(libraryDir: string, sha256: string, extension: string, bytes: Uint8Array): Promise<string> {
  const storedName = await storeReceivedOriginal(libraryDir, sha256, extension, bytes);
  await markImported(libraryDir, storedName);
  return storedName;
}

/** Stores an original unless an identical one is already there, without recording it as imported. */
export async function storeReceivedOriginal(libraryDir: string, sha256: string, extension: string, bytes: Uint8Array): Promise<string> {
  const storedName = storedNameFor(sha256, extension);
  const path = join(libraryDir, storedName);
  const existing = await stat(path).catch(() => null);
  if (existing?.isFile() && existing.size === bytes.byteLength) return storedName;
  try {
    await writeOriginal(path, bytes);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    // The library folder does not exist yet (first import) or was removed: make it and try again.
    await mkdir(libraryDir, { recursive: true });
    await writeOriginal(path, bytes);
  }
  return storedName;
}

/**
 * The same, blocking: for the storing thread (extract/storingThread.ts), which has nothing else to do.
 * Storing 1,000 originals with promises (five file operations each) took about 180 ms of CPU, most of
 * it in the main process's event loop; with blocking calls in a thread of their own, about 80 ms, and
 * the main process is left free to read the next files.
 */
export function storeOriginalSync(libraryDir: string, sha256: string, extension: string, bytes: Uint8Array): string {
  const storedName = storedNameFor(sha256, extension);
  const path = join(libraryDir, storedName);
  const existing = statSync(path, { throwIfNoEntry: false });
  if (!existing?.isFile() || existing.size !== bytes.byteLength) writeNewSync(libraryDir, path, bytes);
  markImportedSync(libraryDir, storedName);
  return storedName;
}

function writeNewSync(libraryDir: string, path: string, bytes: Uint8Array): void {
  try {
    writeOriginalSync(path, bytes);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    mkdirSync(libraryDir, { recursive: true });
    writeOriginalSync(path, bytes);
  }
}

/**
 * Written under a temporary name and renamed into place, so the library never holds a half-written
 * original under its final name. Unlike exports (fsAtomic.ts), originals are not flushed to disk one
 * by one: they are copies of files the researcher still has, a flush per file made importing a
 * thousand files several times slower, and the project's own data in IndexedDB is not flushed per
 * write either. An original cut short by a power failure has the wrong size and is rewritten by the
 * next import of that file.
 */
async function writeOriginal(path: string, bytes: Uint8Array): Promise<void> {
  const temp = tempPathFor(path);
  try {
    await writeFile(temp, bytes, { flag: 'wx' });
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

function writeOriginalSync(path: string, bytes: Uint8Array): void {
  const temp = tempPathFor(path);
  try {
    writeFileSync(temp, bytes, { flag: 'wx' });
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

function tempPathFor(path: string): string {
  return join(dirname(path), temporaryName(basename(path)));
}
