import { describe, expect, test } from 'vitest';
import { fileNameProblem } from '../../../shared/files/fileNames';

describe('names of files in the data folder', () => {
  test.each(['2026-05-03T14-02-00Z.framewise', 'backup 1.framewise', 'Étude – été.json', '5f0c9b1e-2c1d-4c39-9f7e-0d8f6c2b9a11'])('accepts %s', (name) => {
    expect(fileNameProblem(name)).toBeNull();
  });

  test.each([
    ['', 'it is empty'],
    ['..', 'it names a folder, not a file'],
    ['../escape.json', 'it holds a folder separator or a character Windows does not allow in file names'],
    ['sub/file.json', 'it holds a folder separator or a character Windows does not allow in file names'],
    ['C:\\Windows\\win.ini', 'it holds a folder separator or a character Windows does not allow in file names'],
    ['/etc/passwd', 'it holds a folder separator or a character Windows does not allow in file names'],
    ['tab\there', 'it holds a folder separator or a character Windows does not allow in file names'],
    ['nul\u0000.json', 'it holds a folder separator or a character Windows does not allow in file names'],
    ['.hidden', 'it starts with a dot (hidden files are not kept there)'],
    ['trailing.', 'it ends with a space or a dot, which Windows drops'],
    ['CON.json', 'Windows keeps that name for a device'],
    ['lpt1', 'Windows keeps that name for a device'],
    ['é'.repeat(128), 'it is longer than 255 bytes'],
  ])('refuses %j: %s', (name, problem) => {
    expect(fileNameProblem(name)).toBe(problem);
  });
});
