import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { openTextFile } from '../../../electron/library/openTextFile';
import { UserFacingError } from '../../../electron/userFacingError';
import type { DialogService } from '../../../electron/services';
import { tempDir } from '../fixtures';

let work: Awaited<ReturnType<typeof tempDir>>;
let asked: Array<{ title: string; extensions: readonly string[]; multiple?: boolean }>;
beforeEach(async () => {
  work = await tempDir();
  asked = [];
});
afterEach(() => work.remove());

const dialogChoosing = (paths: string[]): DialogService => ({
  chooseFiles: async (options) => {
    asked.push(options);
    return paths;
  },
  chooseFolder: async () => null,
  chooseSaveFile: async () => null,
});

describe('opening a manifest or codebook file', () => {
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
});
