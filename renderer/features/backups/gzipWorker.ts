// The gzip thread's worker (gzipThread.ts). The window sends it one port per backup worker; on each
// port, each message is one zip entry's pair of streams, bytes in and gzip out. A failure of the
// compression errors the output stream, which the entry reports.
type EntryStreams = { readable: ReadableStream<BufferSource>; writable: WritableStream<Uint8Array> };

self.onmessage = ({ data: port }: MessageEvent<MessagePort>) => {
  port.onmessage = ({ data }: MessageEvent<EntryStreams>) => {
    data.readable.pipeThrough(new CompressionStream('gzip')).pipeTo(data.writable).catch(() => {});
  };
  // Running: the backup worker may send entries now (gzipThread.ts useGzipThread).
  port.postMessage('ready');
};
