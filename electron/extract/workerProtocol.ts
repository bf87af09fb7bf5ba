// Messages between the extraction pool (main process) and its worker threads.
import type { ExtractInput } from './extractor';

export interface ExtractRequest extends ExtractInput {
  id: number;
  kind: 'document' | 'table';
  /** For a document whose original main stores (storingThread.ts): send its bytes back with its text. */
  returnBytes?: true;
}

/**
 * The import that sent file `id` was cancelled while the file waited its turn in the worker (a small
 * file handed ahead): the worker passes over it rather than read it for nobody.
 */
export interface SkipRequest {
  skip: number;
}

/**
 * From the worker: it is ready (its first libraries are loaded), or it has loaded the reader of the
 * format of file `id` and starts reading it. The pool times a file from then on.
 */
export type WorkerNotice = { ready: true } | { id: number; loaded: true };

export type ExtractReply =
  /** A table's bytes come back for main to store once it has claimed the rows; a document's when asked, for the storing thread. */
  | { id: number; ok: true; value: unknown; bytes?: Uint8Array }
  /** `unreadable`: the file's fault, said to the researcher as is; otherwise a failure of the reader. */
  | { id: number; ok: false; unreadable: boolean; message: string };

/**
 * The buffer to transfer (move without copying), or none when the view does not own all of it: a
 * Buffer can be a slice of Node's shared pool, which must not be taken from its other users.
 */
export function transferable(bytes: Uint8Array): ArrayBuffer[] {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer ? [bytes.buffer] : [];
}
