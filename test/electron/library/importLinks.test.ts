// Importing a folder that holds symbolic links: what lies inside the folder is imported once each,
// whatever links lead to it; a link that leads out of the folder, or nowhere, is not followed and the
// report names it with the reason; a link back up the tree does not make the walk go round.
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { inProcessExtractor } from '../../../electron/extract/extractor';
import { VANISHED } from '../../../electron/library/importFiles';
import { importCollecting } from './collectImport';
import { tempDir } from '../fixtures';

const JOB = '0b0e7f0c-5a4e-4a55-9a43-1d1f8d9e6a02';
let work: Awaited<ReturnType<typeof tempDir>>;
let corpus: string;
let outside: string;

beforeEach(async () => {
  work = await tempDir();
  corpus = join(work.path, 'corpus');
  outside = join(work.path, 'home');
  await mkdir(join(corpus, 'wave 2'), { recursive: true });
  await mkdir(join(outside, '.ssh'), { recursive: true });
  await writeFile(join(corpus, 'a interview.txt'), 'The first interview.');
  await writeFile(join(corpus, 'b interview.txt'), 'The second interview.');
  await writeFile(join(corpus, 'wave 2', 'c interview.txt'), 'The third interview.');
  await writeFile(join(outside, 'diary.txt'), 'A private diary, not part of the corpus.');
  await writeFile(join(outside, '.ssh', 'notes.txt'), 'A private key, not part of the corpus.');
});
afterEach(() => work.remove());

const run = (paths: string[]) =>
  importCollecting({ jobId: JOB, paths, knownSha256: [] }, { libraryDir: join(work.path, 'library'), extractor: inProcessExtractor, onProgress: () => {} });

const importedPaths = (report: Awaited<ReturnType<typeof run>>) => report.imported.map((doc) => doc.path).sort();

describe('importing a folder that holds links', () => {
  test('a link to a file outside the folder is not read; the report names it and says why', async () => {
    await symlink(join(outside, 'diary.txt'), join(corpus, 'diary.txt'), 'file');
    const report = await run([corpus]);
    expect(report.imported.map((doc) => doc.text)).not.toContain('A private diary, not part of the corpus.');
    expect(importedPaths(report)).toEqual([join(corpus, 'a interview.txt'), join(corpus, 'b interview.txt'), join(corpus, 'wave 2', 'c interview.txt')]);
    expect(report.refused).toEqual([{ fileName: 'diary.txt', path: join(corpus, 'diary.txt'), reason: expect.stringMatching(/link to .*outside the folder/u) }]);
  });

  test('a link to a folder outside is not walked; the report names it', async () => {
    await symlink(outside, join(corpus, 'home'), 'dir');
    await symlink(join(outside, '.ssh'), join(corpus, 'keys'), 'dir');
    const report = await run([corpus]);
    expect(importedPaths(report)).toEqual([join(corpus, 'a interview.txt'), join(corpus, 'b interview.txt'), join(corpus, 'wave 2', 'c interview.txt')]);
    expect(report.refused.map((problem) => [problem.path, problem.reason])).toEqual([
      [join(corpus, 'home'), expect.stringMatching(/outside the folder/u)],
      [join(corpus, 'keys'), expect.stringMatching(/outside the folder/u)],
    ]);
  });

  test('a link inside the folder to a file inside it: the file is read once, under its own name, and no duplicate is reported', async () => {
    await symlink(join(corpus, 'b interview.txt'), join(corpus, 'about b.txt'), 'file');
    await symlink(join(corpus, 'wave 2'), join(corpus, 'a shortcut to wave 2'), 'dir');
    const report = await run([corpus]);
    expect(importedPaths(report)).toEqual([join(corpus, 'a interview.txt'), join(corpus, 'b interview.txt'), join(corpus, 'wave 2', 'c interview.txt')]);
    expect(report.duplicates).toEqual([]);
    expect(report.refused).toEqual([]);
  });

  test('a link back up the tree, inside the folder or above it, does not make the walk go round', async () => {
    await symlink(corpus, join(corpus, 'wave 2', 'back to corpus'), 'dir');
    await symlink(work.path, join(corpus, 'wave 2', 'up above'), 'dir');
    const report = await run([corpus]);
    expect(importedPaths(report)).toEqual([join(corpus, 'a interview.txt'), join(corpus, 'b interview.txt'), join(corpus, 'wave 2', 'c interview.txt')]);
    expect(report.duplicates).toEqual([]);
    expect(report.refused.map((problem) => problem.path)).toEqual([join(corpus, 'wave 2', 'up above')]);
  });

  test('a link that leads nowhere is reported as such, not as a file that vanished during the import', async () => {
    await symlink(join(outside, 'moved away.txt'), join(corpus, 'moved.txt'), 'file');
    const report = await run([corpus]);
    expect(report.imported).toHaveLength(3);
    expect(report.refused).toEqual([{ fileName: 'moved.txt', path: join(corpus, 'moved.txt'), reason: expect.stringMatching(/link .*not there/u) }]);
    expect(report.refused[0]!.reason).not.toBe(VANISHED);
  });

  test('links that lead round in a circle are reported, not followed', async () => {
    await symlink(join(corpus, 'round 2.txt'), join(corpus, 'round 1.txt'), 'file');
    await symlink(join(corpus, 'round 1.txt'), join(corpus, 'round 2.txt'), 'file');
    const report = await run([corpus]);
    expect(report.imported).toHaveLength(3);
    expect(report.refused.map((problem) => [problem.fileName, problem.reason])).toEqual([
      ['round 1.txt', expect.stringMatching(/circle/u)],
      ['round 2.txt', expect.stringMatching(/circle/u)],
    ]);
  });

  test('a link inside the folder to a file the walk does not reach in its own place (a hidden one) is read under the link’s name', async () => {
    await mkdir(join(corpus, '.drafts'));
    await writeFile(join(corpus, '.drafts', 'notes v3'), 'The latest notes.');
    await symlink(join(corpus, '.drafts', 'notes v3'), join(corpus, 'notes.txt'), 'file');
    const report = await run([corpus]);
    expect(report.imported.map((doc) => [doc.path, doc.text])).toContainEqual([join(corpus, 'notes.txt'), 'The latest notes.']);
    expect(report.imported).toHaveLength(4);
  });

  test('a folder chosen through a link is walked where it really is: its own files are read, links out of it are not', async () => {
    const shortcut = join(work.path, 'shortcut to corpus');
    await symlink(corpus, shortcut, 'dir');
    await symlink(join(outside, 'diary.txt'), join(corpus, 'diary.txt'), 'file');
    const report = await run([shortcut]);
    expect(importedPaths(report)).toEqual([join(shortcut, 'a interview.txt'), join(shortcut, 'b interview.txt'), join(shortcut, 'wave 2', 'c interview.txt')]);
    expect(report.refused.map((problem) => problem.path)).toEqual([join(shortcut, 'diary.txt')]);
  });

  test('a file named on its own and again inside a folder named with it is read once', async () => {
    const report = await run([join(corpus, 'b interview.txt'), corpus]);
    expect(report.imported.map((doc) => doc.path)).toEqual([join(corpus, 'b interview.txt'), join(corpus, 'a interview.txt'), join(corpus, 'wave 2', 'c interview.txt')]);
    expect(report.duplicates).toEqual([]);
  });
});
