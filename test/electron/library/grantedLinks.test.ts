// A symbolic link inside a folder the researcher chose must not carry main's grant past that folder:
// grants and requests are compared where they really are on the disk, links resolved, so that a window
// taken over by a page cannot read ~/.ssh through "chosen folder/link/…".
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createHandlers } from '../../../electron/handlers';
import type { Handlers } from '../../../electron/ipc';
import { inProcessExtractor } from '../../../electron/extract/extractor';
import { PathGrants } from '../../../electron/library/pathGrants';
import { UserFacingError } from '../../../electron/userFacingError';
import { ScriptedDialog } from '../../e2e/scriptedDialog';
import { tempDir } from '../fixtures';

const JOB = '6a1f1c2e-3d4b-4c5d-8e9f-0a1b2c3d4e5f';
let work: Awaited<ReturnType<typeof tempDir>>;
let dialog: ScriptedDialog;
let grants: PathGrants;
let handlers: Handlers;
let corpus: string;
let outside: string;

beforeEach(async () => {
  work = await tempDir();
  dialog = new ScriptedDialog();
  grants = new PathGrants();
  const shell = { openPath: async () => '', showItemInFolder: () => {} };
  handlers = createHandlers({ appVersion: 'test', dataPath: join(work.path, 'data'), dialog, shell, extractor: inProcessExtractor, emit: () => {} }, { grants });
  corpus = join(work.path, 'corpus');
  outside = join(work.path, 'home');
  await mkdir(corpus);
  await mkdir(join(outside, 'private'), { recursive: true });
  await writeFile(join(corpus, 'survey.csv'), 'id,answer\n1,Yes\n');
  await writeFile(join(outside, 'secret.csv'), 'secret,value\nkey,1234\n');
  await writeFile(join(outside, 'private', 'diary.csv'), 'day,entry\n1,private\n');
  await symlink(join(outside, 'secret.csv'), join(corpus, 'secret.csv'), 'file');
  await symlink(outside, join(corpus, 'elsewhere'), 'dir');
  await symlink(join(corpus, 'survey.csv'), join(corpus, 'alias.csv'), 'file');
  await symlink(join(outside, 'nothing.csv'), join(corpus, 'gone.csv'), 'file');
});
afterEach(() => work.remove());

async function chooseCorpus(): Promise<void> {
  dialog.willChooseFolder(corpus);
  await handlers.chooseImportFolder();
}

describe('a link inside a chosen folder does not extend what main reads', () => {
  test('a link to a file outside the folder is refused, by the preview, the file reader and the import', async () => {
    await chooseCorpus();
    const link = join(corpus, 'secret.csv');
    await expect(handlers.previewTable(link)).rejects.toThrow('“secret.csv” was not chosen in an import dialog or dropped on the window');
    await expect(handlers.readFile({ path: link, purpose: 'manifest', as: 'text' })).rejects.toBeInstanceOf(UserFacingError);
    await expect(handlers.importFiles({ jobId: JOB, paths: [link], knownSha256: [] })).rejects.toBeInstanceOf(UserFacingError);
  });

  test('a link to a folder outside grants nothing under it', async () => {
    await chooseCorpus();
    await expect(handlers.previewTable(join(corpus, 'elsewhere', 'secret.csv'))).rejects.toThrow(/was not chosen/u);
    await expect(handlers.previewTable(join(corpus, 'elsewhere', 'private', 'diary.csv'))).rejects.toThrow(/was not chosen/u);
    await expect(handlers.importFiles({ jobId: JOB, paths: [join(corpus, 'elsewhere')], knownSha256: [] })).rejects.toBeInstanceOf(UserFacingError);
  });

  test('a link inside the folder to a file inside it is read as that file', async () => {
    await chooseCorpus();
    expect((await handlers.previewTable(join(corpus, 'alias.csv'))).rows).toEqual([['1', 'Yes']]);
  });

  test('a path not there yet is judged by its folder; a link that leads nowhere is not granted, since writing through it would create its target', async () => {
    await chooseCorpus();
    expect(await grants.allows(join(corpus, 'new export.csv'))).toBe(true);
    expect(await grants.allows(join(corpus, 'new folder', 'new export.csv'))).toBe(true);
    expect(await grants.allows(join(corpus, 'elsewhere', 'new export.csv'))).toBe(false);
    expect(await grants.allows(join(corpus, 'gone.csv'))).toBe(false);
  });
});

describe('what the researcher chose is granted where it really is', () => {
  test('a dropped link that leads nowhere grants nothing; a dropped folder no longer there is granted where it was', async () => {
    grants.grantFolder(join(corpus, 'gone.csv'));
    expect(await grants.allows(join(outside, 'nothing.csv'))).toBe(false);
    const removed = join(work.path, 'shortcut', 'removed folder');
    await symlink(outside, join(work.path, 'shortcut'), 'dir');
    grants.grantFolder(removed);
    expect(await grants.allows(join(outside, 'removed folder', 'a.csv'))).toBe(true);
    expect(await grants.allows(join(outside, 'secret.csv'))).toBe(false);
  });

  test('a folder chosen through a link grants the folder it leads to, under either name', async () => {
    const shortcut = join(work.path, 'shortcut to corpus');
    await symlink(corpus, shortcut, 'dir');
    dialog.willChooseFolder(shortcut);
    await handlers.chooseImportFolder();
    expect((await handlers.previewTable(join(shortcut, 'survey.csv'))).rows).toEqual([['1', 'Yes']]);
    expect((await handlers.previewTable(join(corpus, 'survey.csv'))).rows).toEqual([['1', 'Yes']]);
    await expect(handlers.previewTable(join(shortcut, 'secret.csv'))).rejects.toThrow(/was not chosen/u);
  });

  test('a file chosen through a link grants the file it leads to, and nothing beside it', async () => {
    const link = join(work.path, 'link to secret.csv');
    await symlink(join(outside, 'secret.csv'), link, 'file');
    dialog.willOpen([link]);
    await handlers.chooseImportFiles();
    expect((await handlers.previewTable(link)).rows).toEqual([['key', '1234']]);
    expect((await handlers.previewTable(join(outside, 'secret.csv'))).rows).toEqual([['key', '1234']]);
    await expect(handlers.previewTable(join(outside, 'private', 'diary.csv'))).rejects.toThrow(/was not chosen/u);
  });
});
