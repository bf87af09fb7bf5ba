// Reading a `.qdpx` (a zip) safely. The file comes from elsewhere, so nothing in it is trusted: the
// central directory is listed first (a damaged archive is refused with a reason), then entries are
// inflated as a stream (fflate's Unzip) in small pushes, counting every byte that comes out, so that
// a zip bomb is stopped once it passes a limit instead of after it has filled the memory. The limits
// are parameters, so tests can use small ones; the defaults leave room for the largest projects
// researchers exchange (thousands of documents of text, a few originals).
import { Unzip, UnzipInflate, unzipSync, type UnzipFile } from 'fflate';

export interface ArchiveLimits {
  /** Entries in the central directory. */
  maxEntries: number;
  /** Bytes inflated from all entries together. */
  maxTotalBytes: number;
  /**
   * Inflated bytes per compressed byte of one entry. Text compresses 3 to 20 times; DEFLATE can reach
   * about 1,000, which only crafted data does. Entries below `ratioFloorBytes` are exempt: a small
   * file of spaces may legitimately compress far better.
   */
  maxRatio: number;
  ratioFloorBytes: number;
}

export const DEFAULT_ARCHIVE_LIMITS: ArchiveLimits = {
  maxEntries: 20_000,
  maxTotalBytes: 512 * 1024 * 1024,
  maxRatio: 400,
  ratioFloorBytes: 4 * 1024 * 1024,
};

/** The archive as a whole is refused; the message says why, for the researcher. */
export class ArchiveError extends Error {
  override name = 'ArchiveError';
}

export interface ArchiveContents {
  /** Inflated entries by their normalized name (forward slashes, no `./`). */
  files: Map<string, Uint8Array>;
  /** Entries left out, with the reason (a name that escapes the archive, an unknown compression…). */
  skipped: Array<{ name: string; reason: string }>;
}

/** Inflated bytes are pushed 16 KiB of input at a time: at DEFLATE's worst, 16 MiB out per push. */
const PUSH_BYTES = 16 * 1024;

export function readArchive(bytes: Uint8Array, limits: ArchiveLimits = DEFAULT_ARCHIVE_LIMITS): ArchiveContents {
  const compressedSize = new Map<string, number>();
  let entries = 0;
  try {
    unzipSync(bytes, {
      filter: (info) => {
        entries++;
        compressedSize.set(info.name, info.size);
        return false;
      },
    });
  } catch (error) {
    throw new ArchiveError(`it is not a readable zip archive (${messageOf(error)})`, { cause: error });
  }
  if (entries > limits.maxEntries) throw new ArchiveError(`it holds ${entries} entries, more than the ${limits.maxEntries} a project may have`);

  const contents: ArchiveContents = { files: new Map(), skipped: [] };
  let total = 0;
  let refusal: string | null = null;
  const unzip = new Unzip((file: UnzipFile) => {
    const name = file.name;
    if (name.endsWith('/') || name.endsWith('\\')) return;
    const problem = entryNameProblem(name);
    if (problem) {
      contents.skipped.push({ name, reason: problem });
      return;
    }
    const normalized = normalizeEntryName(name);
    if (contents.files.has(normalized)) {
      contents.skipped.push({ name, reason: 'another entry has the same name; the first one is used' });
      return;
    }
    const parts: Uint8Array[] = [];
    let size = 0;
    let failed = false;
    const compressed = compressedSize.get(name) ?? file.size ?? 0;
    file.ondata = (error, data, final) => {
      if (failed || refusal) return;
      if (error) {
        failed = true;
        contents.skipped.push({ name, reason: `it could not be decompressed (${messageOf(error)})` });
        return;
      }
      size += data.length;
      total += data.length;
      if (total > limits.maxTotalBytes) {
        refusal = `it unpacks to more than ${limits.maxTotalBytes} bytes (a zip bomb, or far larger than any project)`;
      } else if (size > limits.ratioFloorBytes && size > compressed * limits.maxRatio) {
        refusal = `its entry “${name}” unpacks to more than ${limits.maxRatio} times its packed size (a zip bomb)`;
      }
      if (refusal) {
        file.terminate();
        return;
      }
      parts.push(data);
      if (final) contents.files.set(normalized, concat(parts, size));
    };
    try {
      file.start();
    } catch (error) {
      contents.skipped.push({ name, reason: `it uses a compression Framewise cannot read (${messageOf(error)})` });
    }
  });
  unzip.register(UnzipInflate);
  try {
    for (let at = 0; at < bytes.length && !refusal; at += PUSH_BYTES) {
      unzip.push(bytes.subarray(at, Math.min(bytes.length, at + PUSH_BYTES)), at + PUSH_BYTES >= bytes.length);
    }
  } catch (error) {
    if (!refusal) throw new ArchiveError(`it is not a readable zip archive (${messageOf(error)})`, { cause: error });
  }
  if (refusal) throw new ArchiveError(refusal);
  return contents;
}

/** Why an entry's name cannot be used, or null: it must stay inside the archive. */
export function entryNameProblem(name: string): string | null {
  const slashed = name.replace(/\\/gu, '/');
  if (slashed.includes('\0')) return 'its name holds a NUL character';
  if (slashed.startsWith('/') || /^[A-Za-z]:/u.test(slashed)) return 'its name is an absolute path';
  if (slashed.split('/').includes('..')) return 'its name leads outside the archive (“..”)';
  return null;
}

export function normalizeEntryName(name: string): string {
  return name
    .replace(/\\/gu, '/')
    .split('/')
    .filter((part) => part !== '' && part !== '.')
    .join('/');
}

function concat(parts: Uint8Array[], size: number): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(size);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
