import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { openFile, readGrantedFile } from '../../../electron/files/readFileAs';
import { PathGrants } from '../../../electron/library/pathGrants';
import { UserFacingError } from '../../../electron/userFacingError';
import type { DialogService } from '../../../electron/services';
import { tempDir } from '../fixtures';

let work: Awaited<ReturnType<typeof tempDir>>;
let asked: Array<{ title: string; extensions: readonly string[]; multiple?: boolean }>;
let grants: PathGrants;
beforeEach(async () => {
  work = await tempDir();
  asked = [];
  grants = new PathGrants();
});
/** The text of a file the researcher chooses in the open dialog, as the manifest and codebook readers ask for it. */
const openTextFile = async ({ purpose }: { purpose: 'manifest' | 'codebook' }, dialog: DialogService) => {
  const file = await openFile({ purpose, as: 'text' }, dialog, grants);
  if (file && file.as !== 'text') throw new Error('read as bytes');
  return file && { path: file.path, fileName: file.fileName, content: file.text };
};
afterEach(() => work.remove());

const dialogChoosing = (paths: string[]): DialogService => ({
  chooseFiles: async (options) => {
    asked.push(options);
    return paths;
  },
  chooseFolder: async () => null,
  chooseSaveFile: async () => null,
});

describe('opening a manifest or codebook file as text', () => {
  test('reads the chosen file as text with Windows line endings normalised; the dialog asks for one file of the right kinds', async () => {
    const path = join(work.path, 'manifest.csv');
    await writeFile(path, '\uFEFFfile,leaning\r\na.txt,left\r\n');
    expect(await openTextFile({ purpose: 'manifest' }, dialogChoosing([path]))).toEqual({ path, fileName: 'manifest.csv', content: 'file,leaning\na.txt,left\n' });
    expect(asked).toEqual([{ title: 'Choose a manifest of document attributes (CSV or JSON)', extensions: ['csv', 'json', 'tsv', 'txt'], multiple: false }]);
  });

  test('a codebook saved by Excel in Windows-1252 or as UTF-16 reads correctly', async () => {
    const latin = join(work.path, 'codebook.csv');
    await writeFile(latin, Uint8Array.from([...new TextEncoder().encode('code,definition\nclaim,'), 0x93, 0x61, 0x20, 0x63, 0x6c, 0x61, 0x69, 0x6d, 0x94]));
    expect((await openTextFile({ purpose: 'codebook' }, dialogChoosing([latin])))!.content).toBe('code,definition\nclaim,“a claim”');
    const utf16 = join(work.path, 'codebook16.csv');
    await writeFile(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('code\r\npledge', 'utf16le')]));
    expect((await openTextFile({ purpose: 'codebook' }, dialogChoosing([utf16])))!.content).toBe('code\npledge');
    expect(asked[0]).toMatchObject({ title: 'Choose a codebook (CSV)', extensions: ['csv', 'tsv', 'txt'] });
  });

  test('a cancelled dialog gives null', async () => {
    expect(await openTextFile({ purpose: 'manifest' }, dialogChoosing([]))).toBeNull();
  });

  test('a vanished, oversized or binary file is refused with a message naming it', async () => {
    await expect(openTextFile({ purpose: 'manifest' }, dialogChoosing([join(work.path, 'gone.csv')]))).rejects.toThrow('“gone.csv” could not be read: it is no longer there.');
    const big = join(work.path, 'big.csv');
    await writeFile(big, Buffer.alloc(21 * 1024 * 1024, 0x61));
    await expect(openTextFile({ purpose: 'codebook' }, dialogChoosing([big]))).rejects.toThrow('“big.csv” is too large for a codebook (over 20 MB).');
    const binary = join(work.path, 'photo.csv');
    await writeFile(binary, Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    const refused = openTextFile({ purpose: 'manifest' }, dialogChoosing([binary]));
    await expect(refused).rejects.toBeInstanceOf(UserFacingError);
    await expect(refused).rejects.toThrow('“photo.csv” could not be read: it is not a text file (it contains binary data, as images and programs do).');
  });

  test('the chosen file is granted: the window may read it again without a dialog', async () => {
    const path = join(work.path, 'codebook.csv');
    await writeFile(path, 'name\nclaim\n');
    await openTextFile({ purpose: 'codebook' }, dialogChoosing([path]));
    expect(await grants.allows(path)).toBe(true);
  });
});

describe('reading a file as bytes', () => {
  const zipBytes = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0xff, 0x80, 0x0d, 0x0a]);

  test('a project file chosen in the dialog comes back byte for byte', async () => {
    const path = join(work.path, 'Study.framewise');
    await writeFile(path, zipBytes);
    const file = await openFile({ purpose: 'projectFile', as: 'bytes' }, dialogChoosing([path]), grants);
    expect(file).toMatchObject({ path, fileName: 'Study.framewise', size: 9, as: 'bytes' });
    expect(new Uint8Array(file!.as === 'bytes' ? file!.bytes : [])).toEqual(zipBytes);
    expect(asked).toEqual([{ title: 'Open a project file', extensions: ['framewise'], multiple: false }]);
  });

  test('a granted file (dropped on the window) is read without a dialog, if it is of the purpose’s type', async () => {
    const path = join(work.path, 'exchange.qdpx');
    await writeFile(path, zipBytes);
    await expect(readGrantedFile({ path, purpose: 'refiProject', as: 'bytes' }, grants)).rejects.toThrow('“exchange.qdpx” was not chosen in an import dialog or dropped on the window');
    grants.grantFile(path);
    const file = await readGrantedFile({ path, purpose: 'refiProject', as: 'bytes' }, grants);
    expect(file.as === 'bytes' && new Uint8Array(file.bytes)).toEqual(zipBytes);
    const refused = readGrantedFile({ path, purpose: 'projectFile', as: 'bytes' }, grants);
    await expect(refused).rejects.toBeInstanceOf(UserFacingError);
    await expect(refused).rejects.toThrow('“exchange.qdpx” is not a project file: Framewise reads a project file from .framewise files.');
  });

  test('a REFI-QDA codebook (XML) reads as text, line endings normalised', async () => {
    const path = join(work.path, 'codes.qdc');
    await writeFile(path, '<?xml version="1.0" encoding="utf-8"?>\r\n<CodeBook/>\r\n');
    grants.grantFile(path);
    expect(await readGrantedFile({ path, purpose: 'refiCodebook', as: 'text' }, grants)).toMatchObject({ as: 'text', text: '<?xml version="1.0" encoding="utf-8"?>\n<CodeBook/>\n' });
  });
});

describe('a file of another type chosen in the open dialog', () => {
  // Windows' dialog lists every file once "*.*" is typed as the name; GTK's takes any typed name.
  test('is refused by name, as a dropped one is, instead of being read as what it is not', async () => {
    const path = join(work.path, 'interview notes.docx');
    await writeFile(path, 'PK\u0003\u0004 not a project');
    const opening = openFile({ purpose: 'projectFile', as: 'bytes' }, dialogChoosing([path]), grants);
    await expect(opening).rejects.toBeInstanceOf(UserFacingError);
    await expect(opening).rejects.toThrow('“interview notes.docx” is not a project file: Framewise reads a project file from .framewise files.');
    await expect(openTextFile({ purpose: 'codebook' }, dialogChoosing([path]))).rejects.toThrow('“interview notes.docx” is not a codebook: Framewise reads a codebook from .csv, .tsv, .txt files.');
  });

  test('of the purpose’s type in another letter case is read', async () => {
    const path = join(work.path, 'CODES.CSV');
    await writeFile(path, 'name\nRiver\n');
    expect(await openTextFile({ purpose: 'codebook' }, dialogChoosing([path]))).toMatchObject({ fileName: 'CODES.CSV', content: 'name\nRiver\n' });
  });
});
