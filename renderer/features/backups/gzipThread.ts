// A second thread for the backup worker's deflate: the platform's gzip (CompressionStream) run in a
// worker of its own, fed and read through transferred streams, so that deflating a table's bytes,
// the largest part of a snapshot, runs beside the backup worker's reading and encoding of rows
// instead of after them, on the same thread (measured in test/bench/RESULTS.md, "Backup: where the
// snapshot's time goes"). The chunks are copied across, once each way (a structured clone), which
// costs milliseconds against the seconds of deflate.
//
// The window starts the gzip worker and hands the backup worker a port to it (backupRunner.ts):
// a worker started from a worker is fetched by the worker, which the test harness's routing of the
// app's origin does not serve, and the window starts the app's other workers too.
import type { GzipStream } from './platformDeflateEntry';

let gzipPort: MessagePort | null = null;

/**
 * Called in the backup worker with the window's port to the gzip worker, which answers once it runs:
 * until then (or if it never does: a worker that failed to load), entries are deflated here.
 */
export function useGzipThread(port: MessagePort): void {
  port.onmessage = () => {
    port.onmessage = null;
    gzipPort = port;
  };
}

/** A gzip stream whose compression runs on the gzip thread; undefined (use this thread's) when there is none. */
export function gzipOnItsOwnThread(): GzipStream | undefined {
  if (!gzipPort) return undefined;
  const input = new TransformStream<BufferSource, BufferSource>();
  const output = new TransformStream<Uint8Array, Uint8Array>();
  gzipPort.postMessage({ readable: input.readable, writable: output.writable }, [input.readable, output.writable]);
  return { writable: input.writable, readable: output.readable };
}
