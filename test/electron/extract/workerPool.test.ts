// The extraction pool with the real, bundled worker: files are read in worker threads, a slow file hits
// the time limit and its worker is replaced, and the bytes travel without being copied.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEFAULT_TIME_LIMIT_MS, ExtractorPool, slowFileReason } from '../../../electron/extract/workerPool';
import { UnreadableFileError } from '../../../electron/extract/unreadableFileError';
import { buildWorker } from './workerBuild';
import { docxFile, pdfFile, w, xlsxFile } from './fixtureFiles';

let worker: Awaited<ReturnType<typeof buildWorker>>;
beforeAll(async () => {
  worker = await buildWorker();
}, 120_000);
afterAll(() => worker?.remove());

const encode = (text: string) => new TextEncoder().encode(text);
/** A real page large enough that parsing it takes well over 200 ms. */
const slowPage = () => encode(`<html><body>${'<p>A paragraph of an enormous page, <b>bold</b> and <i>plain</i>.</p>\n'.repeat(200_000)}</body></html>`);

describe('the extraction worker pool', () => {
  test('reads every format in worker threads, and hands the bytes back for storing', async () => {
    const pool = new ExtractorPool({ workerPath: worker.workerPath, size: 2 });
    try {
      const docx = docxFile(w.p(w.r('Word text')));
      const pdf = await pdfFile([[{ text: 'PDF text', x: 72, y: 700 }]]);
      const [html, word, portable, table] = await Promise.all([
        pool.extract({ fileName: 'a.html', format: 'html', bytes: encode('<title>T</title><p>Page text</p>') }),
        pool.extract({ fileName: 'b.docx', format: 'docx', bytes: docx.slice() }),
        pool.extract({ fileName: 'c.pdf', format: 'pdf', bytes: pdf.slice() }),
        pool.readTable({ fileName: 'd.xlsx', format: 'xlsx', bytes: xlsxFile([['id', 'answer'], ['1', 'Yes']]) }),
      ]);
      expect(html.value).toEqual({ title: 'T', text: 'Page text', extraction: { encoding: 'UTF-8' } });
      expect(word.value.text).toBe('Word text');
      expect(word.bytes).toEqual(docx);
      expect(portable.value.text).toBe('PDF text');
      expect(portable.bytes).toEqual(pdf);
      expect(table.value).toMatchObject({ columns: ['id', 'answer'], rows: [['1', 'Yes']] });
    } finally {
      await pool.close();
    }
  });

  test('the bytes are moved to the worker, not copied, when the buffer is theirs alone', async () => {
    const pool = new ExtractorPool({ workerPath: worker.workerPath, size: 1 });
    try {
      const bytes = encode('<p>moved</p>');
      const sent = pool.extract({ fileName: 'a.html', format: 'html', bytes });
      expect(bytes.byteLength).toBe(0); // detached: transferred
      const { value, bytes: back } = await sent;
      expect(value.text).toBe('moved');
      expect(new TextDecoder().decode(back)).toBe('<p>moved</p>');
    } finally {
      await pool.close();
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
    const pool = new ExtractorPool({ workerPath: worker.workerPath, size: 1, timeLimitMs: 200 });
    try {
      const slow = pool.extract({ fileName: 'huge.html', format: 'html', bytes: slowPage() });
      const next = pool.extract({ fileName: 'next.txt', format: 'txt', bytes: encode('after the slow one') });
      await expect(slow).rejects.toThrow('it took longer than 0.2 s to read; it may be damaged.');
      await expect(slow).rejects.toBeInstanceOf(UnreadableFileError);
      expect((await next).value.text).toBe('after the slow one');
    } finally {
      await pool.close();
    }
  }, 60_000);

  test('the refusal names the limit in seconds: 30 s by default', () => {
    expect(slowFileReason(DEFAULT_TIME_LIMIT_MS)).toBe('it took longer than 30 s to read; it may be damaged.');
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
