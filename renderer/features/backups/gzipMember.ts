// A zip entry holds raw deflate with the CRC-32 and size of what went in; a gzip member (RFC 1952) is
// exactly raw deflate between a 10-byte header and a trailer of that CRC-32 and size. The backup's
// deflaters (the platform's, platformDeflateEntry.ts, and the WebAssembly one, wasmDeflateEntry.ts)
// write gzip, so that the CRC is computed natively with the deflate: this takes their output as it
// comes, passes the deflate stream on, and reads the trailer at the end.
import type { AsyncFlateStreamHandler, ZipInputFile } from 'fflate';
import { concatBytes } from '../../../shared/bytes/concatBytes';
import type { DeflatingEntry } from '../../../shared/projectFile/writeProjectFile';

// ID1 ID2 CM FLG MTIME(4) XFL OS, then (FLG 0: no name, comment or extra field) the data; after it
// CRC-32 and ISIZE, little-endian.
const GZIP_HEADER = 10;
const GZIP_TRAILER = 8;

export class GzipMember {
  private header = 0;
  private held: Uint8Array = new Uint8Array(0);

  /** `emit` receives the deflate stream, in order. */
  constructor(private readonly emit: (deflated: Uint8Array) => void) {}

  /** The member's next bytes, as the deflater gives them; what may be the trailer is held back. */
  take(value: Uint8Array): void {
    let bytes = value;
    if (this.header < GZIP_HEADER) {
      const take = Math.min(GZIP_HEADER - this.header, bytes.length);
      if (this.header <= 3 && this.header + take > 3 && bytes[3 - this.header] !== 0) throw new Error('The deflater wrote a gzip header with optional fields; the backup cannot take its deflate stream.');
      this.header += take;
      bytes = bytes.subarray(take);
    }
    // Everything but the last 8 bytes seen so far is deflate: passed on as it comes, not copied.
    if (bytes.length >= GZIP_TRAILER) {
      if (this.held.length > 0) this.emit(this.held);
      this.emit(bytes.subarray(0, bytes.length - GZIP_TRAILER));
      this.held = bytes.subarray(bytes.length - GZIP_TRAILER);
    } else if (bytes.length > 0) {
      const joined = concatBytes([this.held, bytes]);
      const cut = Math.max(0, joined.length - GZIP_TRAILER);
      if (cut > 0) this.emit(joined.subarray(0, cut));
      this.held = joined.subarray(cut);
    }
  }

  /** Once the member ended: the CRC-32 of its input, whose `size` the trailer must agree with. */
  end(size: number): number {
    if (this.held.length !== GZIP_TRAILER) throw new Error('The gzip stream ended without its trailer; the backup cannot take its deflate stream.');
    const trailer = new DataView(this.held.buffer, this.held.byteOffset, GZIP_TRAILER);
    // ISIZE is the input's size modulo 2^32; the writer refuses entries of 4 GiB or more anyway.
    if (trailer.getUint32(4, true) !== size % 2 ** 32) throw new Error('The gzip stream does not hold every byte given to it.');
    return trailer.getUint32(0, true);
  }
}

/**
 * A zip entry (fflate's ZipInputFile) whose deflater writes a gzip member: what the two deflaters
 * share. A subclass takes the entry's bytes in `push` (counting them in `size`), feeds the deflater's
 * output to `member`, and calls `end()` after the last.
 */
export abstract class GzipZipEntry implements ZipInputFile, DeflatingEntry {
  readonly compression = 8;
  size = 0;
  crc = 0;
  mtime?: Date;
  ondata?: AsyncFlateStreamHandler;
  /** Settles once the entry's last bytes went to the zip; rejects when compression failed. */
  abstract readonly done: Promise<void>;
  protected readonly member = new GzipMember((deflated) => this.emit(deflated, false));

  constructor(readonly filename: string) {}

  /** Bytes of the entry as they are (the zip's deflate happens here); `final` ends the entry. */
  abstract push(chunk: Uint8Array, final?: boolean): void;

  /** Once the deflater's last bytes were taken: the CRC-32 from the trailer, and the entry's end. */
  protected end(): void {
    this.crc = this.member.end(this.size);
    this.emit(new Uint8Array(0), true);
  }

  private emit(bytes: Uint8Array, final: boolean): void {
    this.ondata!(null, bytes as Uint8Array<ArrayBuffer>, final);
  }
}
