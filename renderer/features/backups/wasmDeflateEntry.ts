// A zip entry deflated by WebAssembly (flate2's miniz_oxide, the @hazae41/foras package) at a low
// level, for the backup worker: the platform's deflate (platformDeflateEntry.ts) has no level and
// runs zlib's 6, the most of the snapshot's time after the reads. Like it, the entry asks for gzip and
// takes the CRC-32 from the trailer (gzipMember.ts), so that no JavaScript touches the bytes but to
// pass them on. Synchronous: each piece is deflated as it is pushed, on the worker's thread.
import { GzEncoder, Memory, initBundledOnce } from '@hazae41/foras';
import { GzipZipEntry } from './gzipMember';

const PIECE = 1 << 20;

let loading: Promise<unknown> | null = null;

/** Compiles the WebAssembly once per worker; entries can be made once it has settled. */
export function loadWasmDeflate(): Promise<void> {
  loading ??= initBundledOnce();
  return loading.then(() => {});
}

export class WasmDeflateEntry extends GzipZipEntry {
  readonly done: Promise<void>;
  private encoder: GzEncoder | null;
  private settle!: { resolve(): void; reject(error: unknown): void };

  constructor(filename: string, level: number) {
    super(filename);
    this.encoder = new GzEncoder(level);
    this.done = new Promise((resolve, reject) => (this.settle = { resolve, reject }));
  }

  push(chunk: Uint8Array, final = false): void {
    const encoder = this.encoder;
    if (!encoder) return;
    try {
      this.size += chunk.length;
      // A piece at a time: the WebAssembly memory, which never shrinks, holds no more than one
      // piece and its output (an original of a saved copy comes whole).
      for (let start = 0; start < chunk.length; start += PIECE) {
        const input = new Memory(chunk.subarray(start, start + PIECE));
        try {
          encoder.write(input);
        } finally {
          input.free();
        }
        this.member.take(encoder.read().copyAndDispose());
      }
      if (!final) return;
      // finish() consumes the encoder (its memory is freed with it).
      this.encoder = null;
      this.member.take(encoder.finish().copyAndDispose());
      this.end();
      this.settle.resolve();
    } catch (error) {
      if (this.encoder) encoder.free();
      this.encoder = null;
      this.settle.reject(error);
    }
  }
}
