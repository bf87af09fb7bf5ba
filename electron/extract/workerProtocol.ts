// Messages between the extraction pool (main process) and its worker threads.
import type { ExtractInput } from './extractor';

export interface ExtractRequest extends ExtractInput {
  id: number;
  kind: 'document' | 'table';
}

export type ExtractReply =
  | { id: number; ok: true; value: unknown; bytes: Uint8Array }
  /** `unreadable`: the file's fault, said to the researcher as is; otherwise a failure of the reader. */
  | { id: number; ok: false; unreadable: boolean; message: string };

/**
 * The buffer to transfer (move without copying), or none when the view does not own all of it: a
 * Buffer can be a slice of Node's shared pool, which must not be taken from its other users.
 */
export function transferable(bytes: Uint8Array): ArrayBuffer[] {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer ? [bytes.buffer] : [];
}
