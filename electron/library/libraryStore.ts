// Originals are kept content-addressed, `<library>/<sha256>.<ext>`: the same bytes are stored once
// however often they are imported, and a stored file is never overwritten with something else.
import { createHash } from 'node:crypto';
import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../fsAtomic';

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function storedNameFor(sha256: string, extension: string): string {
  return `${sha256}.${extension.toLowerCase()}`;
}

/** Stores the original unless an identical one is already there; returns its stored name. */
export async function storeOriginal(libraryDir: string, sha256: string, extension: string, bytes: Uint8Array): Promise<string> {
  const storedName = storedNameFor(sha256, extension);
  const path = join(libraryDir, storedName);
  await mkdir(libraryDir, { recursive: true });
  const existing = await stat(path).catch(() => null);
  if (existing?.isFile() && existing.size === bytes.byteLength) return storedName;
  await writeFileAtomic(path, bytes);
  return storedName;
}
