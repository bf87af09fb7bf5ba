// A zip entry deflated by the platform (`CompressionStream`, zlib in native code) instead of fflate's
// deflate in JavaScript, for the backup worker (measured in test/bench/RESULTS.md, "Backup: where the
// snapshot's time goes"). A zip entry holds raw deflate with the CRC-32 and size of what went in;
// a gzip stream is exactly raw deflate between a 10-byte header and a trailer of that CRC-32 and size,
// so the entry asks for gzip, drops the header and takes the CRC-32 from the trailer: the CRC is
// computed natively too, and no JavaScript touches the bytes but to pass them on.
//
// It runs on the backup worker's own thread: a second worker for it (CompressionStream behind
// transferred streams) was measured no faster on this shared 2-core machine (RESULTS.md), and removed.
//
// Compression is asynchronous: the zip (fflate's Zip) holds the entries after this one until its last
// bytes come, and the writer waits for `done` before its manifest (writeProjectFile.ts, `settle()`).
import type { AsyncFlateStreamHandler, ZipInputFile } from 'fflate';
import type { DeflatingEntry } from '../../../shared/projectFile/writeProjectFile';
import { concatBytes } from '../../../shared/bytes/concatBytes';

// RFC 1952: ID1 ID2 CM FLG MTIME(4) XFL OS, then (FLG 0: no name, comment or extra field) the data;
// after it CRC-32 and ISIZE, little-endian.
const GZIP_HEADER = 10;
const GZIP_TRAILER = 8;

export class PlatformDeflateEntry implements ZipInputFile, DeflatingEntry {
  readonly compression = 8;
  size = 0;
  crc = 0;
  mtime?: Date;
  ondata?: AsyncFlateStreamHandler;
  /** Settles once the entry's last bytes went to the zip; rejects when compression failed. */
  readonly done: Promise<void>;
  private readonly input: WritableStreamDefaultWriter<BufferSource>;

  constructor(readonly filename: string) {
    const gzip = new CompressionStream('gzip');
    this.input = gzip.writable.getWriter();
    this.done = this.pass(gzip.readable.getReader());
    // Failures are the reader's to report (through `done`); the writes' own promises repeat them.
    this.input.closed.catch(() => {});
  }

  /** Bytes of the entry as they are (the zip's deflate happens here); `final` ends the entry. */
  push(chunk: Uint8Array, final = false): void {
    this.size += chunk.length;
    if (chunk.length > 0) this.input.write(chunk as Uint8Array<ArrayBuffer>).catch(() => {});
    if (final) this.input.close().catch(() => {});
  }

  /** Hands the deflate stream on, holding back what may be the trailer until the stream ends. */
  private async pass(output: ReadableStreamDefaultReader<Uint8Array>): Promise<void> {
    let header = 0;
    let held: Uint8Array = new Uint8Array(0);
    for (;;) {
      const { done, value } = await output.read();
      if (done) break;
      let bytes: Uint8Array = value;
      if (header < GZIP_HEADER) {
        const take = Math.min(GZIP_HEADER - header, bytes.length);
        if (header <= 3 && header + take > 3 && bytes[3 - header] !== 0) throw new Error('The platform wrote a gzip header with optional fields; the backup cannot take its deflate stream.');
        header += take;
        bytes = bytes.subarray(take);
      }
      // Everything but the last 8 bytes seen so far is deflate: passed on as it comes, not copied.
      if (bytes.length >= GZIP_TRAILER) {
        if (held.length > 0) this.emit(held, false);
        this.emit(bytes.subarray(0, bytes.length - GZIP_TRAILER), false);
        held = bytes.subarray(bytes.length - GZIP_TRAILER);
      } else if (bytes.length > 0) {
        const joined = concatBytes([held, bytes]);
        const cut = Math.max(0, joined.length - GZIP_TRAILER);
        if (cut > 0) this.emit(joined.subarray(0, cut), false);
        held = joined.subarray(cut);
      }
    }
    if (held.length !== GZIP_TRAILER) throw new Error('The platform\'s gzip stream ended without its trailer; the backup cannot take its deflate stream.');
    const trailer = new DataView(held.buffer, held.byteOffset, GZIP_TRAILER);
    // ISIZE is the input's size modulo 2^32; the writer refuses entries of 4 GiB or more anyway.
    if (trailer.getUint32(4, true) !== this.size % 2 ** 32) throw new Error('The platform\'s gzip stream does not hold every byte given to it.');
    this.crc = trailer.getUint32(0, true);
    this.emit(new Uint8Array(0), true);
  }

  private emit(bytes: Uint8Array, final: boolean): void {
    this.ondata!(null, bytes as Uint8Array<ArrayBuffer>, final);
  }
}
