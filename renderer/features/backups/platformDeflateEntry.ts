// A zip entry deflated by the platform (`CompressionStream`, zlib in native code, at its level 6)
// instead of fflate's deflate in JavaScript. The backup worker deflates by WebAssembly at a lower
// level (wasmDeflateEntry.ts: faster, for a slightly larger file) and falls back on this where the
// WebAssembly cannot be compiled (backupDeflater.ts).
//
// It asks for gzip and takes the deflate stream and the CRC-32 out of it (gzipMember.ts): the CRC is
// computed natively too, and no JavaScript touches the bytes but to pass them on.
//
// It runs on the backup worker's own thread: a second worker for it (CompressionStream behind
// transferred streams) was measured no faster on this shared 2-core machine (RESULTS.md), and removed.
//
// Compression is asynchronous: the zip (fflate's Zip) holds the entries after this one until its last
// bytes come, and the writer waits for `done` before its manifest (writeProjectFile.ts, `settle()`).
import { GzipZipEntry } from './gzipMember';

export class PlatformDeflateEntry extends GzipZipEntry {
  readonly done: Promise<void>;
  private readonly input: WritableStreamDefaultWriter<BufferSource>;

  constructor(filename: string) {
    super(filename);
    const gzip = new CompressionStream('gzip');
    this.input = gzip.writable.getWriter();
    this.done = this.pass(gzip.readable.getReader());
    // Failures are the reader's to report (through `done`); the writes' own promises repeat them.
    this.input.closed.catch(() => {});
  }

  push(chunk: Uint8Array, final = false): void {
    this.size += chunk.length;
    if (chunk.length > 0) this.input.write(chunk as Uint8Array<ArrayBuffer>).catch(() => {});
    if (final) this.input.close().catch(() => {});
  }

  /** Hands the deflate stream on as it comes (gzipMember.ts), and takes the CRC-32 from the trailer. */
  private async pass(output: ReadableStreamDefaultReader<Uint8Array>): Promise<void> {
    for (;;) {
      const { done, value } = await output.read();
      if (done) break;
      this.member.take(value);
    }
    this.end();
  }
}
