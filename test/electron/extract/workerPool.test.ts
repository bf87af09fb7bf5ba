// The extraction pool with the real, bundled worker: files are read in worker threads, the originals of
// what they read are stored by the pool's storing thread, a slow file hits the time limit and its
// worker is replaced, and the bytes travel without being copied.
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { DEFAULT_TIME_LIMIT_MS, ExtractorPool, PREFETCH_MAX_BYTES, realFileClock, slowFileReason, type FileClock } from '../../../electron/extract/workerPool';
import { ManualFileClock } from './manualFileClock';
import { UnreadableFileError } from '../../../electron/extract/unreadableFileError';
import { buildWorker } from './workerBuild';
import { listing, tempDir } from '../fixtures';
import { docxFile, pdfFile, w, xlsxFile } from './fixtureFiles';

let worker: Awaited<ReturnType<typeof buildWorker>>;
beforeAll(async () => {
  worker = await buildWorker();
}, 120_000);
afterAll(() => worker?.remove());

const encode = (text: string) => new TextEncoder().encode(text);
/** A real page large enough that parsing it takes a while (seconds on a loaded machine). */
const slowPage = () => encode(`<html><body>${'<p>A paragraph of an enormous page, <b>bold</b> and <i>plain</i>.</p>\n'.repeat(200_000)}</body></html>`);

describe('the extraction worker pool', () => {
  test('reads every format in worker threads, stores each document’s original once read, and hands a table’s bytes back', async () => {
    const pool = new ExtractorPool({ workerPath: worker.workerPath, size: 2 });
    const library = await tempDir();
    try {
      const docx = docxFile(w.p(w.r('Word text')));
      const pdf = await pdfFile([[{ text: 'PDF text', x: 72, y: 700 }]]);
      const xlsx = xlsxFile([['id', 'answer'], ['1', 'Yes']]);
      const place = (sha256: string, extension: string) => ({ libraryDir: join(library.path, 'library'), sha256, extension });
      const [html, word, portable, table] = await Promise.all([
        pool.extract({ fileName: 'a.html', format: 'html', bytes: encode('<title>T</title><p>Page text</p>') }),
        pool.extract({ fileName: 'b.docx', format: 'docx', bytes: docx.slice() }, place('b'.repeat(64), 'docx')),
        pool.extract({ fileName: 'c.pdf', format: 'pdf', bytes: pdf.slice() }, place('c'.repeat(64), 'pdf')),
        pool.readTable({ fileName: 'd.xlsx', format: 'xlsx', bytes: xlsx.slice() }),
      ]);
      expect(html).toEqual({ value: { title: 'T', text: 'Page text', extraction: { encoding: 'UTF-8' }, words: 2 }, storedName: null });
      expect(word.value.text).toBe('Word text');
      expect(word.storedName).toBe(`${'b'.repeat(64)}.docx`);
      expect(new Uint8Array(await readFile(join(library.path, 'library', word.storedName!)))).toEqual(docx);
      expect(portable.value.text).toBe('PDF text');
      expect(new Uint8Array(await readFile(join(library.path, 'library', portable.storedName!)))).toEqual(pdf);
      expect(table.value).toMatchObject({ columns: ['id', 'answer'], rows: [['1', 'Yes']] });
      expect(table.bytes).toEqual(xlsx);
      // Only the documents given a place were stored, under their final names alone.
      expect(await listing(join(library.path, 'library'))).toEqual([word.storedName, portable.storedName].sort());
    } finally {
      await pool.close();
      await library.remove();
    }
  });

  test('the bytes are moved to the worker, not copied, when the buffer is theirs alone', async () => {
    const pool = new ExtractorPool({ workerPath: worker.workerPath, size: 1 });
    const library = await tempDir();
    try {
      const bytes = encode('<p>moved</p>');
      const sent = pool.extract({ fileName: 'a.html', format: 'html', bytes }, { libraryDir: library.path, sha256: 'a'.repeat(64), extension: 'html' });
      expect(bytes.byteLength).toBe(0); // detached: transferred
      const { value, storedName } = await sent;
      expect(value.text).toBe('moved');
      expect(await readFile(join(library.path, storedName!), 'utf8')).toBe('<p>moved</p>');
    } finally {
      await pool.close();
      await library.remove();
    }
  });

  test('a busy worker is handed a small next file ahead (a copy), never a large one: that waits and is moved once the worker is free', async () => {
    const pool = new ExtractorPool({ workerPath: worker.workerPath, size: 1 });
    try {
      const first = pool.extract({ fileName: 'huge.html', format: 'html', bytes: slowPage() });
      const large = encode(`${'A long transcript line.\n'.repeat(Math.ceil((PREFETCH_MAX_BYTES + 1) / 24))}`);
      const small = encode('A short note.');
      const afterLarge = pool.extract({ fileName: 'large.txt', format: 'txt', bytes: large });
      const afterSmall = pool.extract({ fileName: 'small.txt', format: 'txt', bytes: small });
      // Neither is moved while the worker reads the first file; the large one is not even copied yet.
      expect([large.byteLength > PREFETCH_MAX_BYTES, small.byteLength]).toEqual([true, 13]);
      await first;
      expect((await afterLarge).value.text).toMatch(/^A long transcript line\./);
      // Sent when the worker was free: moved (detached here), not copied, so it was held once.
      expect(large.byteLength).toBe(0);
      expect((await afterSmall).value.text).toBe('A short note.');
    } finally {
      await pool.close();
    }
  }, 60_000);

  test('a document whose original cannot be stored is refused with what to do, and nothing is left in the library', async () => {
    const pool = new ExtractorPool({ workerPath: worker.workerPath, size: 1 });
    const work = await tempDir();
    try {
      // The library folder's place is taken by a file: nothing can be written into it.
      await writeFile(join(work.path, 'library'), 'not a folder');
      const refused = pool.extract({ fileName: 'a.txt', format: 'txt', bytes: encode('text') }, { libraryDir: join(work.path, 'library'), sha256: 'a'.repeat(64), extension: 'txt' });
      await expect(refused).rejects.toBeInstanceOf(UnreadableFileError);
      await expect(refused).rejects.toThrow(/^it could not be copied into Framewise's library folder \(ENOTDIR\): check that the disk has room/);
      expect(await listing(work.path)).toEqual(['library']);
    } finally {
      await pool.close();
      await work.remove();
    }
  });

  test('after an original that could not be stored, the next ones are stored once the library folder can be written', async () => {
    const pool = new ExtractorPool({ workerPath: worker.workerPath, size: 1 });
    const work = await tempDir();
    const libraryDir = join(work.path, 'library');
    const place = (sha256: string) => ({ libraryDir, sha256, extension: 'txt' });
    try {
      await writeFile(libraryDir, 'not a folder');
      await expect(pool.extract({ fileName: 'a.txt', format: 'txt', bytes: encode('first') }, place('a'.repeat(64)))).rejects.toBeInstanceOf(UnreadableFileError);
      await rm(libraryDir);
      const [second, third] = await Promise.all([
        pool.extract({ fileName: 'b.txt', format: 'txt', bytes: encode('second') }, place('b'.repeat(64))),
        pool.extract({ fileName: 'c.txt', format: 'txt', bytes: encode('third') }, place('c'.repeat(64))),
      ]);
      expect([second.value.text, third.value.text]).toEqual(['second', 'third']);
      expect(await readFile(join(libraryDir, second.storedName!), 'utf8')).toBe('second');
      expect(await readFile(join(libraryDir, third.storedName!), 'utf8')).toBe('third');
      expect(await listing(libraryDir)).toEqual([`${'b'.repeat(64)}.txt`, `${'c'.repeat(64)}.txt`]);
    } finally {
      await pool.close();
      await work.remove();
    }
  });

  test('an unreadable file is refused with its reason and the worker goes on', async () => {
    const pool = new ExtractorPool({ workerPath: worker.workerPath, size: 1 });
    try {
      const refused = pool.extract({ fileName: 'x.pdf', format: 'pdf', bytes: encode('not a pdf') });
      await expect(refused).rejects.toBeInstanceOf(UnreadableFileError);
      await expect(refused).rejects.toThrow('it is not a PDF: its content is another kind of file with the wrong extension.');
      expect((await pool.extract({ fileName: 'ok.txt', format: 'txt', bytes: encode('fine') })).value.text).toBe('fine');
    } finally {
      await pool.close();
    }
  });

  test('a file that takes longer than the time limit is refused, its worker replaced, and the next file reads', async () => {
    const time = new ManualFileClock();
    const pool = new ExtractorPool({ workerPath: worker.workerPath, size: 1, timeLimitMs: 200, clock: time.clock });
    try {
      const ranOut = time.expire('huge.html');
      const slow = pool.extract({ fileName: 'huge.html', format: 'html', bytes: slowPage() });
      const next = pool.extract({ fileName: 'next.txt', format: 'txt', bytes: encode('after the slow one') });
      await expect(slow).rejects.toThrow('it took longer than 0.2 s to read; it may be damaged.');
      await expect(slow).rejects.toBeInstanceOf(UnreadableFileError);
      expect((await next).value.text).toBe('after the slow one');
      await ranOut;
      // Only the file that ran out of time was refused: the next one's clock ran and was stopped.
      expect(time.started).toContain('next.txt');
    } finally {
      await pool.close();
    }
  }, 60_000);

  test('the refusal names the limit in seconds: 30 s by default', () => {
    expect(slowFileReason(DEFAULT_TIME_LIMIT_MS)).toBe('it took longer than 30 s to read; it may be damaged.');
  });

  test('the real clock runs a file out of time at the limit, and not once it is stopped', () => {
    vi.useFakeTimers();
    try {
      const ranOut: string[] = [];
      realFileClock({ fileName: 'slow.pdf', limitMs: 200 }, () => ranOut.push('slow.pdf'));
      const stop = realFileClock({ fileName: 'quick.txt', limitMs: 200 }, () => ranOut.push('quick.txt'));
      vi.advanceTimersByTime(199);
      expect(ranOut).toEqual([]);
      stop();
      vi.advanceTimersByTime(1);
      expect(ranOut).toEqual(['slow.pdf']);
    } finally {
      vi.useRealTimers();
    }
  });

  describe('cancelling an import', () => {
    /** A clock that never runs out and says when `fileName` starts being read. */
    function readingOf(fileName: string): { clock: FileClock; started: Promise<void> } {
      let started!: () => void;
      const promise = new Promise<void>((resolve) => (started = resolve));
      return {
        clock: (file) => {
          if (file.fileName === fileName) started();
          return () => {};
        },
        started: promise,
      };
    }

    test('a file being read is refused at once with the cancel, stores no original, and the pool reads the next import’s files', async () => {
      const reading = readingOf('huge.html');
      const pool = new ExtractorPool({ workerPath: worker.workerPath, size: 1, clock: reading.clock });
      const library = await tempDir();
      try {
        const cancel = new AbortController();
        const place = { libraryDir: library.path, sha256: 'a'.repeat(64), extension: 'html' };
        const slow = pool.extract({ fileName: 'huge.html', format: 'html', bytes: slowPage() }, place, cancel.signal);
        // Of the same import, waiting for the worker: too large to be handed ahead.
        const waiting = pool.extract({ fileName: 'large.txt', format: 'txt', bytes: encode('x'.repeat(PREFETCH_MAX_BYTES + 1)) }, undefined, cancel.signal);
        await reading.started;
        const reason = new Error('the researcher cancelled the import');
        cancel.abort(reason);
        await expect(slow).rejects.toBe(reason);
        await expect(waiting).rejects.toBe(reason);
        // A cancel already given refuses a file before it is sent.
        await expect(pool.extract({ fileName: 'late.txt', format: 'txt', bytes: encode('late') }, undefined, cancel.signal)).rejects.toBe(reason);
        const next = new AbortController();
        expect((await pool.extract({ fileName: 'next.txt', format: 'txt', bytes: encode('the next import') }, undefined, next.signal)).value.text).toBe('the next import');
        expect(await listing(library.path)).toEqual([]);
      } finally {
        await pool.close();
        await library.remove();
      }
    }, 60_000);

    test('another import’s file handed to the same worker survives the cancel: it is read by the worker that replaces it', async () => {
      const reading = readingOf('huge.html');
      const pool = new ExtractorPool({ workerPath: worker.workerPath, size: 1, clock: reading.clock });
      try {
        const cancel = new AbortController();
        const slow = pool.extract({ fileName: 'huge.html', format: 'html', bytes: slowPage() }, undefined, cancel.signal);
        // Small: handed to the busy worker ahead, as a copy.
        const theirs = pool.extract({ fileName: 'theirs.txt', format: 'txt', bytes: encode('another window’s file') }, undefined, new AbortController().signal);
        await reading.started;
        cancel.abort(new Error('cancelled'));
        await expect(slow).rejects.toThrow('cancelled');
        expect((await theirs).value.text).toBe('another window’s file');
      } finally {
        await pool.close();
      }
    }, 60_000);

    test('a file of the cancelled import waiting behind another import’s long file is refused at once, and that file is read to its end', async () => {
      const reading = readingOf('huge.html');
      const pool = new ExtractorPool({ workerPath: worker.workerPath, size: 1, clock: reading.clock });
      try {
        const cancel = new AbortController();
        const theirs = pool.extract({ fileName: 'huge.html', format: 'html', bytes: slowPage() });
        const mine = pool.extract({ fileName: 'mine.txt', format: 'txt', bytes: encode('mine') }, undefined, cancel.signal);
        await reading.started;
        cancel.abort(new Error('cancelled'));
        const first = await Promise.race([mine.then(() => 'mine read', () => 'mine refused'), theirs.then(() => 'theirs read')]);
        expect(first).toBe('mine refused');
        expect((await theirs).value.text).toMatch(/^A paragraph of an enormous page/);
      } finally {
        await pool.close();
      }
    }, 60_000);
  });

  test('closing the pool refuses files still waiting', async () => {
    const pool = new ExtractorPool({ workerPath: worker.workerPath, size: 1 });
    const first = pool.extract({ fileName: 'huge.html', format: 'html', bytes: slowPage() });
    const waiting = pool.extract({ fileName: 'b.txt', format: 'txt', bytes: encode('b') });
    const outcomes = Promise.allSettled([first, waiting]);
    await pool.close();
    const [a, b] = await outcomes;
    expect(a).toMatchObject({ status: 'rejected', reason: { message: 'the import was stopped because Framewise is closing.' } });
    expect(b).toMatchObject({ status: 'rejected', reason: { message: 'the import was stopped because Framewise is closing.' } });
  }, 30_000);
});
