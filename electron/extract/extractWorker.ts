// The entry point of an extraction worker thread: reads one file at a time for the pool
// (workerPool.ts), so that parsing a large PDF or a pathological page never blocks the main process.
// Bundled as its own entry (`extractWorker.js` beside `main.js`).
import { parentPort } from 'node:worker_threads';
import { extractDocument, readTable } from './extractor';
import { UnreadableFileError } from './unreadableFileError';
import { transferable, type ExtractReply, type ExtractRequest } from './workerProtocol';

const port = parentPort;
if (!port) throw new Error('extractWorker.js runs as a worker thread, started by the extraction pool.');

// One file at a time, in the order sent: the pool times the first file it sent as the one being read.
let previous: Promise<void> = Promise.resolve();
port.on('message', (request: ExtractRequest) => {
  previous = previous.then(async () => {
    const reply = await handle(request);
    port.postMessage(reply, reply.ok ? transferable(reply.bytes) : []);
  });
});
// The libraries are loaded: from now on the pool times each file.
port.postMessage({ ready: true });

async function handle(request: ExtractRequest): Promise<ExtractReply> {
  const input = { fileName: request.fileName, format: request.format, bytes: request.bytes };
  try {
    const value = request.kind === 'table' ? await readTable(input) : await extractDocument(input);
    return { id: request.id, ok: true, value, bytes: request.bytes };
  } catch (error) {
    return { id: request.id, ok: false, unreadable: error instanceof UnreadableFileError, message: (error as Error)?.message ?? String(error) };
  }
}
