// The import pipeline with every format, folders, survey tables and bad input: what the researcher
// gets back in the report, and what lands in the library folder.
import { mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { ImportContext } from '../../../electron/library/importFiles';
import { importCollecting } from './collectImport';
import { inProcessExtractor } from '../../../electron/extract/extractor';
import { sha256Hex } from '../../../electron/originals/originalStore';
import { rowSha256 } from '../../../electron/library/tableDocuments';
import type { ImportRequest } from '../../../shared/ipc';
import { listing, tempDir } from '../fixtures';
import { docxFile, imageOnlyPdf, odtFile, pdfFile, w, xlsxFile, zip } from '../extract/fixtureFiles';

const JOB = '0b0e7f0c-5a4e-4a55-9a43-1d1f8d9e6a02';
let work: Awaited<ReturnType<typeof tempDir>>;
let libraryDir: string;
let progress: Array<{ done: number; total: number; current: string }>;
let context: Omit<ImportContext, 'onBatch'>;

beforeEach(async () => {
  work = await tempDir();
  libraryDir = join(work.path, 'library');
  progress = [];
  context = { libraryDir, extractor: inProcessExtractor, onProgress: (p) => progress.push(p) };
});
afterEach(() => work.remove());

const run = (paths: string[], extra: Partial<ImportRequest> = {}, overrides: Partial<ImportContext> = {}) =>
  importCollecting({ jobId: JOB, paths, knownSha256: [], ...extra }, { ...context, ...overrides });

async function write(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(work.path, name);
  await mkdir(join(path, '..'), { recursive: true });
  await writeFile(path, content);
  return path;
}

describe('every format through the pipeline', () => {
  test('html, docx, pdf, odt, rtf and md import with their text, titles, metadata and stored originals', async () => {
    const paths = [
      await write('article.html', '<html><head><title>Bridge opens</title><meta name="author" content="Kim Lee"></head><body><article><p>The bridge opened.</p></article></body></html>'),
      await write('speech.docx', docxFile(w.p(w.r('We will build.')), { creator: 'Mayor', created: '2024-05-01T00:00:00Z' })),
      await write('report.pdf', await pdfFile([[{ text: 'Report text.', x: 72, y: 700 }]], { title: 'Annual report' })),
      await write('minutes.odt', odtFile('<text:p>Minutes text.</text:p>')),
      await write('letter.rtf', String.raw`{\rtf1\ansi Dear sir,\par Regards.}`),
      await write('notes.md', '# Notes\n\nSome *notes*.'),
    ];
    const report = await run(paths);
    expect(report.refused).toEqual([]);
    expect(report.imported.map((d) => [d.fileName, d.format, d.title, d.text])).toEqual([
      ['article.html', 'html', 'Bridge opens', 'The bridge opened.'],
      ['speech.docx', 'docx', 'speech', 'We will build.'],
      ['report.pdf', 'pdf', 'Annual report', 'Report text.'],
      ['minutes.odt', 'odt', 'minutes', 'Minutes text.'],
      ['letter.rtf', 'rtf', 'letter', 'Dear sir,\n\nRegards.'],
      ['notes.md', 'md', 'Notes', 'Notes\n\nSome notes.'],
    ]);
    expect(report.imported[0]!.metadata).toEqual({ author: 'Kim Lee' });
    expect(report.imported[1]!.metadata).toEqual({ author: 'Mayor', date: '2024-05-01' });
    for (const doc of report.imported) {
      expect(doc.storedName).toBe(`${sha256Hex(await readFile(doc.path))}.${doc.fileName.split('.').pop()}`);
      expect(await readFile(join(libraryDir, doc.storedName))).toEqual(await readFile(doc.path));
    }
  });

  test('each kind of bad file is refused with a reason a researcher understands; the good ones import; the library holds only theirs', async () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]);
    const good = await write('good.txt', 'A good document.');
    const whole = docxFile(w.p(w.r('Cut off.')));
    const bad: Array<[string, string | Uint8Array, RegExp | string]> = [
      ['photo.html', png, 'it is not a text file (it contains binary data, as images and programs do).'],
      ['photo.docx', png, 'it is not a Word document: its content is another kind of file with the wrong extension.'],
      ['truncated.docx', whole.subarray(0, whole.length - 40), /^it is damaged or incomplete/],
      ['bomb.docx', zip({ 'word/document.xml': new Uint8Array(20 * 1024 * 1024) }, 9), /^it looks like a zip bomb/],
      ['scan.pdf', await imageOnlyPdf(), 'this PDF has no text layer (scanned?); OCR is not supported.'],
      ['locked.pdf', await readFile(join(import.meta.dirname, '..', 'fixtures', 'password.pdf')), /^this PDF is protected by a password/],
      ['empty.odt', new Uint8Array(0), 'the file is empty.'],
      ['deep.html', `${'<div>'.repeat(1000)}${'</div>'.repeat(1000)}`, 'it contains no text to code.'],
    ];
    const paths = [good];
    for (const [name, content] of bad) paths.push(await write(name, content));
    const report = await run(paths);
    expect(report.imported.map((d) => d.fileName)).toEqual(['good.txt']);
    expect(report.refused).toEqual(bad.map(([name, , reason]) => ({ fileName: name, path: join(work.path, name), reason: typeof reason === 'string' ? reason : expect.stringMatching(reason) })));
    expect(await listing(libraryDir)).toEqual([report.imported[0]!.storedName]);
  }, 30_000);

  test('the size limit comes from the request (the preferences); a file over it is refused without being read', async () => {
    const path = await write('big.html', `<p>${'x'.repeat(3 * 1024 * 1024)}</p>`);
    const report = await run([path], { maxFileBytes: 2 * 1024 * 1024 });
    expect(report.refused[0]!.reason).toBe('it is 3.0 MB, over the limit of 2.0 MB per file (set in Preferences).');
    expect(await listing(libraryDir)).toEqual([]);
  });

  test('a file that vanishes while the batch is being imported is refused as gone; the others import', async () => {
    // Thirty files: the last is deleted as the import starts, long before its turn comes.
    const paths = await Promise.all(Array.from({ length: 30 }, (_, i) => write(`doc${String(i).padStart(2, '0')}.txt`, `Document ${i}`)));
    const last = paths.at(-1)!;
    let removal: Promise<void> | undefined;
    const report = await run(paths, {}, { onProgress: () => void (removal ??= rm(last)) });
    await removal;
    expect(report.imported).toHaveLength(29);
    expect(report.refused).toEqual([{ fileName: 'doc29.txt', path: last, reason: 'the file is no longer there (it was moved or deleted during the import).' }]);
  });
});

describe('folders', () => {
  test('a folder is walked recursively in name order; hidden entries are skipped; unsupported files counted, not refused', async () => {
    await write('corpus/b.txt', 'B text');
    await write('corpus/a.html', '<p>A text</p>');
    await write('corpus/sub/c.md', 'C text');
    await write('corpus/sub/deeper/d.txt', 'D text');
    await write('corpus/.hidden.txt', 'hidden');
    await write('corpus/.git/objects/e.txt', 'git internals');
    await write('corpus/~$draft.docx', 'Word lock file');
    await write('corpus/photo.jpg', 'jpeg');
    await write('corpus/sub/data.sav', 'spss');
    const report = await run([join(work.path, 'corpus')]);
    expect(report.imported.map((d) => d.text)).toEqual(['A text', 'B text', 'C text', 'D text']);
    expect(report.unsupported).toBe(2);
    expect(report.refused).toEqual([]);
    expect(progress.at(-1)).toMatchObject({ done: 4, total: 4 });
  });

  test('a symbolic link back up the tree cannot make the walk loop', async () => {
    await write('loop/a.txt', 'A');
    await mkdir(join(work.path, 'loop', 'sub'));
    await symlink(join(work.path, 'loop'), join(work.path, 'loop', 'sub', 'back'));
    const report = await run([join(work.path, 'loop')]);
    expect(report.imported.map((d) => d.text)).toEqual(['A']);
  });

  test('a file named explicitly with an unsupported extension is refused with its reason, unlike one found in a folder', async () => {
    const path = await write('table.sav', 'spss');
    const report = await run([path]);
    expect(report.refused).toEqual([{ fileName: 'table.sav', path, reason: 'Framewise does not read .sav files.' }]);
    expect(report.unsupported).toBe(0);
  });

  test('files and folders together: progress counts the files', async () => {
    const single = await write('single.txt', 'single');
    await write('folder/one.txt', 'one');
    await write('folder/two.txt', 'two');
    const report = await run([single, join(work.path, 'folder')]);
    expect(report.imported).toHaveLength(3);
    expect(progress.every((p) => p.total === 3)).toBe(true);
  });
});

describe('survey tables', () => {
  const SURVEY = 'respondent,answer,age\r\nR1,"Taxes are too high.\r\nAnd roads are bad.",34\r\nR2,,51\r\nR3,More buses.,27\r\n';

  test('each row with an answer becomes a document: the text column, a title, the other columns as attributes', async () => {
    const path = await write('survey.csv', SURVEY);
    const report = await run([path], { tables: { [path]: { textColumn: 'answer', titleColumn: 'respondent' } } });
    const fileSha = sha256Hex(new TextEncoder().encode(SURVEY));
    expect(report.imported).toEqual([
      {
        fileName: 'survey.csv',
        path,
        sha256: rowSha256(fileSha, 'answer', 2),
        storedName: `${fileSha}.csv`,
        format: 'csv',
        title: 'R1',
        text: 'Taxes are too high.\nAnd roads are bad.',
        extraction: { encoding: 'UTF-8', delimiter: 'comma', row: '2', column: 'answer' },
        attributes: { respondent: 'R1', age: '34' },
        words: 8,
      },
      expect.objectContaining({ title: 'R3', text: 'More buses.', sha256: rowSha256(fileSha, 'answer', 4), attributes: { respondent: 'R3', age: '27' } }),
    ]);
    expect(new Set(report.imported.map((d) => d.sha256)).size).toBe(2);
    expect(await listing(libraryDir)).toEqual([`${fileSha}.csv`]);
  });

  test('without a title column, rows are titled "<file> row N" with the spreadsheet row number; xlsx works the same', async () => {
    const path = await write('answers.xlsx', xlsxFile([['id', 'text'], [1, 'First answer'], [2, 'Second answer']]));
    const report = await run([path], { tables: { [path]: { textColumn: 'text' } } });
    expect(report.imported.map((d) => [d.title, d.text, d.attributes])).toEqual([
      ['answers.xlsx row 2', 'First answer', { id: '1' }],
      ['answers.xlsx row 3', 'Second answer', { id: '2' }],
    ]);
  });

  test('re-importing the same file reports it as a duplicate; another question column of it imports as new documents', async () => {
    const path = await write('survey.csv', 'id,q1,q2\n1,Yes,Because\n2,No,Why not\n');
    const first = await run([path], { tables: { [path]: { textColumn: 'q1' } } });
    const known = first.imported.map((d) => d.sha256);
    const again = await run([path], { knownSha256: known, tables: { [path]: { textColumn: 'q1' } } });
    expect(again.imported).toEqual([]);
    expect(again.duplicates).toEqual([{ fileName: 'survey.csv', path, reason: 'its 2 answers in column “q1” are already in the project.' }]);
    const otherQuestion = await run([path], { knownSha256: known, tables: { [path]: { textColumn: 'q2' } } });
    expect(otherQuestion.imported.map((d) => d.text)).toEqual(['Because', 'Why not']);
  });

  test('a table whose original cannot be stored is refused for that reason, as a document is, not as unreadable', async () => {
    const table = await write('survey.csv', 'id,answer\n1,Yes\n');
    const text = await write('notes.txt', 'Some notes');
    // A file where the library folder should be: nothing can be stored in it.
    const blocked = await write('library-is-a-file', '');
    const report = await run([table, text], { tables: { [table]: { textColumn: 'answer' } } }, { libraryDir: blocked });
    expect(report.imported).toEqual([]);
    const reasons = report.refused.map((r) => r.reason);
    expect(reasons[0]).toMatch(/^it could not be copied into Framewise's library folder \(ENOTDIR\)/);
    expect(reasons[0]).toBe(reasons[1]);
  });

  test('a table without a column choice, or with a column it does not have, is refused with what to do', async () => {
    const path = await write('survey.csv', 'id,answer\n1,Yes\n');
    expect((await run([path])).refused[0]!.reason).toBe(
      'it is a table of answers: import it on its own, so that you can choose the column that holds the text (each row becomes a document).',
    );
    expect((await run([path], { tables: { [path]: { textColumn: 'comment' } } })).refused[0]!.reason).toBe('it has no column named “comment” (its columns are “id”, “answer”).');
    const blank = await write('blank.csv', 'id,answer\n1,\n2, \n');
    expect((await run([blank], { tables: { [blank]: { textColumn: 'answer' } } })).refused[0]!.reason).toBe('its column “answer” has no answers in any row.');
  });
});

describe('duplicates and cancelling', () => {
  test('of two files with the same content in one batch, the first named is imported whatever finishes first', async () => {
    // The first file is slow to read (a large page), the second is its copy under another name.
    const page = `<p>${'word '.repeat(200_000)}</p>`;
    const first = await write('first.html', page);
    const copy = await write('copy.html', page);
    for (let attempt = 0; attempt < 3; attempt++) {
      const report = await run([first, copy]);
      expect(report.imported.map((d) => d.fileName)).toEqual(['first.html']);
      expect(report.duplicates).toEqual([{ fileName: 'copy.html', path: copy, reason: 'it has the same content as “first.html”, imported just before.' }]);
    }
  });

  test('a cancelled batch keeps what finished, gives up the file being read, and starts nothing more', async () => {
    const paths = await Promise.all(Array.from({ length: 10 }, (_, i) => write(`doc${i}.txt`, `Document ${i}`)));
    const cancel = new AbortController();
    let extracted = 0;
    // The researcher presses Cancel while the third file is being read, with several files in flight.
    const extractor = {
      ...inProcessExtractor,
      extract: async (...args: Parameters<typeof inProcessExtractor.extract>) => {
        if (++extracted === 3) cancel.abort();
        return inProcessExtractor.extract(...args);
      },
    };
    const report = await run(paths, {}, { signal: cancel.signal, extractor });
    expect(report.cancelled).toBe(true);
    // The first two may have been read before the cancel, or be given up with the third.
    expect(report.imported.length).toBeLessThan(3);
    expect([report.refused, report.duplicates]).toEqual([[], []]);
    expect(report.imported.map((d) => d.fileName)).toEqual(paths.slice(0, report.imported.length).map((p) => p.split('/').at(-1)));
    expect(await listing(libraryDir)).toHaveLength(report.imported.length);
  });
});
