// The one way Framewise opens a zip container (.docx, .odt, .xlsx). A zip's headers say how big each
// part will be, but a crafted file lies: a few hundred kilobytes can inflate to gigabytes and take the
// computer down with it. So every part is inflated here, as a stream, and the bytes that actually
// come out are counted against caps; a file that passes the caps is safe to hand to a format library.
// yauzl reads the central directory (the authoritative list of parts) and inflates with Node's zlib.
import { fromBuffer, type Entry, type ZipFile } from 'yauzl';
import type { Readable } from 'node:stream';
import { UnreadableFileError } from './unreadableFileError';

export interface ZipLimits {
  /** Inflated bytes of all parts together. */
  maxTotalBytes: number;
  /** Inflated size over packed size, per part and for the whole archive. */
  maxRatio: number;
  /** A part (or the archive) may exceed the ratio below this size: tiny repetitive parts are normal. */
  ratioGraceBytes: number;
  maxEntries: number;
}

// Real documents stay far inside these: XML compresses about 5-20 times, and a 50 MB spreadsheet
// rarely holds more than 150 MB of XML. Apache POI, which reads Office files for much of the Java
// world, refuses the same ratio (100) for the same reason.
export const ZIP_LIMITS: ZipLimits = {
  maxTotalBytes: 200 * 1024 * 1024,
  maxRatio: 100,
  ratioGraceBytes: 1024 * 1024,
  maxEntries: 10_000,
};

export interface ZipReadOptions {
  /** What the file should be, for messages: "Word document". */
  kind: string;
  /** The parts whose bytes the caller wants back; every part is inflated and counted all the same. */
  want(name: string): boolean;
  /** Looks at every part as it is inflated, wanted or not; throws to refuse the file. */
  inspect?(name: string, bytes: Uint8Array): void;
  limits?: ZipLimits;
}

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
/** OLE compound files: Office 97-2003 documents, and Office 2007+ documents protected by a password. */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function hasZipSignature(bytes: Uint8Array): boolean {
  return ZIP_SIGNATURE.every((b, i) => bytes[i] === b);
}

export function isOleCompoundFile(bytes: Uint8Array): boolean {
  return OLE_SIGNATURE.every((b, i) => bytes[i] === b);
}

/** Inflates every part under the caps; returns the wanted parts by name. */
export async function readZip(bytes: Uint8Array, options: ZipReadOptions): Promise<Map<string, Uint8Array>> {
  const limits = options.limits ?? ZIP_LIMITS;
  if (!hasZipSignature(bytes)) {
    throw new UnreadableFileError(`it is not ${withArticle(options.kind)}: its content is another kind of file with the wrong extension.`);
  }
  const zip = await new Promise<ZipFile>((resolve, reject) => {
    fromBuffer(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      { lazyEntries: true, validateEntrySizes: false, decodeStrings: true, strictFileNames: false },
      (error, file) => (error ? reject(damaged(options.kind, error)) : resolve(file)),
    );
  });
  try {
    if (zip.entryCount > limits.maxEntries) throw bomb(`it holds more than ${limits.maxEntries.toLocaleString('en-US')} parts.`);
    return await readEntries(zip, options, limits);
  } finally {
    zip.close();
  }
}

function readEntries(zip: ZipFile, options: ZipReadOptions, limits: ZipLimits): Promise<Map<string, Uint8Array>> {
  const wanted = new Map<string, Uint8Array>();
  const totals = { inflated: 0, packed: 0 };
  return new Promise((resolve, reject) => {
    let settled = false;
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      reject(error instanceof UnreadableFileError ? error : damaged(options.kind, error));
    };
    zip.on('error', fail);
    zip.on('end', () => {
      if (settled) return;
      settled = true;
      resolve(wanted);
    });
    zip.on('entry', (entry: Entry) => {
      if (entry.fileName.endsWith('/')) return zip.readEntry();
      if (entry.isEncrypted()) return fail(new UnreadableFileError(`it is protected by a password; save an unprotected copy and import that.`));
      // The headers' claim is checked first, so an honest bomb is refused without inflating it.
      if (entry.uncompressedSize > limits.maxTotalBytes) return fail(tooBig(limits));
      zip.openReadStream(entry, (error, stream) => {
        if (error) return fail(error);
        inflateEntry(entry, stream, totals, limits).then((data) => {
          try {
            options.inspect?.(entry.fileName, data);
          } catch (error) {
            return fail(error);
          }
          if (options.want(entry.fileName)) wanted.set(entry.fileName, data);
          zip.readEntry();
        }, fail);
      });
    });
    zip.readEntry();
  });
}

function inflateEntry(entry: Entry, stream: Readable, totals: { inflated: number; packed: number }, limits: ZipLimits): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    totals.packed += entry.compressedSize;
    const stop = (error: unknown) => {
      stream.destroy();
      reject(error);
    };
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      totals.inflated += chunk.length;
      if (totals.inflated > limits.maxTotalBytes) return stop(tooBig(limits));
      if (size > limits.ratioGraceBytes && size > entry.compressedSize * limits.maxRatio) {
        return stop(bomb(`its part “${entry.fileName}” expands more than ${limits.maxRatio} times its packed size.`));
      }
      if (totals.inflated > limits.ratioGraceBytes && totals.inflated > totals.packed * limits.maxRatio) {
        return stop(bomb(`it expands more than ${limits.maxRatio} times its packed size.`));
      }
      chunks.push(chunk);
    });
    stream.on('error', reject);
    stream.on('end', () => {
      // A part whose real size differs from its header was damaged or tampered with.
      if (size !== entry.uncompressedSize) return reject(new Error(`part ${entry.fileName} is ${size} bytes, its header says ${entry.uncompressedSize}`));
      resolve(Buffer.concat(chunks, size));
    });
  });
}

function withArticle(kind: string): string {
  return `${/^[aeiou]/iu.test(kind) ? 'an' : 'a'} ${kind}`;
}

function tooBig(limits: ZipLimits): UnreadableFileError {
  return bomb(`it would expand to more than ${Math.round(limits.maxTotalBytes / (1024 * 1024))} MB.`);
}

function bomb(detail: string): UnreadableFileError {
  return new UnreadableFileError(`it looks like a zip bomb: ${detail}`);
}

function damaged(kind: string, cause: unknown): UnreadableFileError {
  return new UnreadableFileError(`it is damaged or incomplete: the parts of this ${kind} cannot be unpacked. If it was downloaded or copied, get it again.`, {
    cause,
  });
}
