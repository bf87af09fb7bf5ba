// The entry point of an extraction worker thread: reads one file at a time for the pool
// (workerPool.ts), so that parsing a large PDF or a pathological page never blocks the main process.
// Bundled as its own entry (`extractWorker.js` beside `main.js`); the pool's storing thread runs the
// same bundle (storingThread.ts).
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { extractDocument, loadReader, readTable } from './extractor';
import { serveStoring, STORING_THREAD } from './storingThread';
import { UnreadableFileError } from './unreadableFileError';
import { transferable, type ExtractReply, type ExtractRequest, type SkipRequest, type WorkerNotice } from './workerProtocol';

const PRELOADED_FORMATS = ['md', 'html'] as const;

const port = parentPort;
if (!port) throw new Error('extractWorker.js runs as a worker thread, started by the extraction pool.');
if (workerData === STORING_THREAD) serveStoring(port);
else serveExtraction(port);

function serveExtraction(port: MessagePort): void {
  // One file at a time, in the order sent: the pool times the first file it sent as the one being read.
  let previous: Promise<void> = Promise.resolve();
  // Files sent and not yet begun. One the pool takes back (its import was cancelled) is passed over,
  // with no reply: the pool has forgotten it.
  const waiting = new Set<number>();
  port.on('message', (request: ExtractRequest | SkipRequest) => {
    if ('skip' in request) {
      waiting.delete(request.skip);
      return;
    }
    waiting.add(request.id);
    previous = previous.then(async () => {
      if (!waiting.delete(request.id)) return;
      const reply = await handle(request, port);
      port.postMessage(reply, reply.ok && reply.bytes ? transferable(reply.bytes) : []);
    });
  });
  // The first libraries are loaded: from now on the pool times each file.
  port.postMessage({ ready: true } satisfies WorkerNotice);
  // The readers of the formats imported by the thousand load while the worker waits for its first file
  // (the pool starts its workers with the app); a file of another format loads its own when it comes.
  void Promise.all(PRELOADED_FORMATS.map((format) => loadReader(format))).catch(() => {});
}

async function handle(request: ExtractRequest, port: MessagePort): Promise<ExtractReply> {
  const input = { fileName: request.fileName, format: request.format, bytes: request.bytes };
  try {
    // The first file of a format loads its reader first: the pool restarts the file's clock after that.
    if (await loadReader(request.format)) port.postMessage({ id: request.id, loaded: true } satisfies WorkerNotice);
    if (request.kind === 'table') return { id: request.id, ok: true, value: await readTable(input), bytes: request.bytes };
    const value = await extractDocument(input);
    return { id: request.id, ok: true, value, ...(request.returnBytes ? { bytes: request.bytes } : {}) };
  } catch (error) {
    return { id: request.id, ok: false, unreadable: error instanceof UnreadableFileError, message: (error as Error)?.message ?? String(error) };
  }
}
