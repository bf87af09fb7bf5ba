import { mkdir, open, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { grantDroppedPath, handle, registerHandlers, type IpcRegistrar, type InvokeEvent, type Handlers } from '../../electron/ipc';
import { UserFacingError } from '../../electron/userFacingError';
import { APP_ORIGIN } from '../../electron/appOrigin';
import { createHandlers } from '../../electron/handlers';
import { inProcessExtractor, type Extractor } from '../../electron/extract/extractor';
import { PathGrants } from '../../electron/library/pathGrants';
import { CHANNELS, requestSchemas } from '../../shared/ipc';
import { ScriptedDialog } from '../e2e/scriptedDialog';
import { tempDir } from './fixtures';

type Listener = (event: InvokeEvent, ...args: unknown[]) => Promise<unknown>;

function capture(): { registrar: IpcRegistrar; listeners: Map<string, Listener> } {
  const listeners = new Map<string, Listener>();
  return { registrar: { handle: (channel, listener) => listeners.set(channel, listener) }, listeners };
}

const fromApp: InvokeEvent = { senderFrame: { url: `${APP_ORIGIN}/index.html` } };
const request = { jobId: '6a1f1c2e-3d4b-4c5d-8e9f-0a1b2c3d4e5f', paths: ['/tmp/a.txt'], knownSha256: [] };
const silent = () => {};

describe('handle(): the one door into the main process', () => {
  test('runs the handler for the app window and wraps its value', async () => {
    const { registrar, listeners } = capture();
    handle(registrar, 'cancelImport', (jobId) => jobId === request.jobId, APP_ORIGIN, silent);
    expect(await listeners.get('cancelImport')!(fromApp, request.jobId)).toEqual({ ok: true, value: true });
  });

  test.each([
    ['another site', 'https://evil.example/index.html'],
    ['a look-alike host', 'app://framewise.evil/index.html'],
    ['a file page', 'file:///tmp/index.html'],
    ['a URL that only mentions the origin', 'https://evil.example/?app://framewise'],
    ['no frame', ''],
  ])('refuses a request from %s without running the handler', async (_name, url) => {
    const { registrar, listeners } = capture();
    let ran = false;
    handle(registrar, 'cancelImport', () => (ran = true), APP_ORIGIN, silent);
    const event: InvokeEvent = { senderFrame: url ? { url } : null };
    const result = await listeners.get('cancelImport')!(event, request.jobId);
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/refused/) });
    expect(ran).toBe(false);
  });

  test.each([
    ['no arguments', []],
    ['a path list that is not a list', [{ ...request, paths: '/etc/passwd' }]],
    ['a job id that is not a UUID', [{ ...request, jobId: '../../x' }]],
    ['an unexpected extra argument', [request, 'extra']],
  ])('refuses malformed arguments: %s', async (_name, args) => {
    const { registrar, listeners } = capture();
    let ran = false;
    handle(registrar, 'importFiles', async () => {
      ran = true;
      return { jobId: '', batches: 0, documents: 0, duplicates: [], refused: [], unsupported: 0, cancelled: false };
    }, APP_ORIGIN, silent);
    const result = await listeners.get('importFiles')!(fromApp, ...(args as unknown[]));
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/malformed arguments/) });
    expect(ran).toBe(false);
  });

  test('a failing handler becomes { ok: false } with its message, never a thrown error', async () => {
    const { registrar, listeners } = capture();
    handle(registrar, 'getAppInfo', () => {
      throw new UserFacingError('The library folder is read-only.');
    }, APP_ORIGIN, silent);
    expect(await listeners.get('getAppInfo')!(fromApp)).toEqual({ ok: false, error: 'The library folder is read-only.' });
  });

  test('registerHandlers registers every channel of the contract', () => {
    const { registrar, listeners } = capture();
    const handlers = Object.fromEntries(CHANNELS.map((c) => [c, () => null])) as unknown as Handlers;
    registerHandlers(registrar, handlers, APP_ORIGIN);
    expect([...listeners.keys()].sort()).toEqual([...CHANNELS].sort());
  });
});

describe('paths named by the window', () => {
  test.each([
    ['a POSIX path', '/home/ana/interviews/a.txt'],
    ['a Windows drive path', 'C:\\Users\\Ana\\interviews\\a.txt'],
    ['a Windows drive path with forward slashes', 'D:/fieldwork/a.txt'],
    ['a UNC share', '\\\\fileserver\\projects\\a.txt'],
    ['a Windows long path', '\\\\?\\C:\\Users\\Ana\\a.txt'],
  ])('the contract accepts %s', (_name, path) => {
    expect(requestSchemas.previewTable.safeParse([path]).success).toBe(true);
    expect(requestSchemas.importFiles.safeParse([{ ...request, paths: [path], tables: { [path]: { textColumn: 'answer' } } }]).success).toBe(true);
  });

  test.each([
    ['a bare file name', 'a.txt'],
    ['a relative path', './interviews/a.txt'],
    ['a parent-relative path', '../../etc/passwd'],
    ['a home-relative path', '~/a.txt'],
    ['a drive-relative Windows path', 'C:a.txt'],
    ['a path with a NUL byte', '/home/ana/a.txt\0.csv'],
  ])('the contract refuses %s, for import, table choices and preview alike', async (_name, path) => {
    expect(requestSchemas.previewTable.safeParse([path]).success).toBe(false);
    expect(requestSchemas.importFiles.safeParse([{ ...request, paths: [path] }]).success).toBe(false);
    expect(requestSchemas.importFiles.safeParse([{ ...request, tables: { [path]: { textColumn: 'answer' } } }]).success).toBe(false);
    const { registrar, listeners } = capture();
    let ran = false;
    handle(registrar, 'previewTable', () => {
      ran = true;
      return { fileName: '', columns: [], rows: [], rowCount: 0 };
    }, APP_ORIGIN, silent);
    expect(await listeners.get('previewTable')!(fromApp, path)).toMatchObject({ ok: false, error: 'Request refused: malformed arguments for previewTable.' });
    expect(ran).toBe(false);
  });

  test('the size limit is at most 2 GiB, what Node reads of one file', () => {
    expect(requestSchemas.importFiles.safeParse([{ ...request, maxFileBytes: 2 * 1024 ** 3 }]).success).toBe(true);
    expect(requestSchemas.importFiles.safeParse([{ ...request, maxFileBytes: 2 * 1024 ** 3 + 1 }]).success).toBe(false);
    expect(requestSchemas.importFiles.safeParse([{ ...request, maxFileBytes: 4 * 1024 ** 3 }]).success).toBe(false);
  });
});

describe('main reads only what the researcher handed over', () => {
  let work: Awaited<ReturnType<typeof tempDir>>;
  let dialog: ScriptedDialog;
  let grants: PathGrants;
  let handlers: Handlers;
  let survey: string;
  beforeEach(async () => {
    work = await tempDir();
    dialog = new ScriptedDialog();
    grants = new PathGrants();
    const shell = { openPath: async () => '', showItemInFolder: () => {} };
    handlers = createHandlers({ appVersion: 'test', dataPath: join(work.path, 'data'), dialog, shell, extractor: inProcessExtractor, emit: () => {} }, { grants });
    await mkdir(join(work.path, 'chosen', 'wave 2'), { recursive: true });
    survey = join(work.path, 'chosen', 'survey.csv');
    await writeFile(survey, 'id,answer\n1,Yes\n');
    await writeFile(join(work.path, 'chosen', 'wave 2', 'survey.csv'), 'id,answer\n2,No\n');
    await writeFile(join(work.path, 'private.csv'), 'secret,value\nkey,1234\n');
  });
  afterEach(() => work.remove());

  test('a table not chosen in a dialog nor dropped is not read, even at an absolute path', async () => {
    await expect(handlers.previewTable(join(work.path, 'private.csv'))).rejects.toThrow(
      '“private.csv” was not chosen in an import dialog or dropped on the window; choose it with Import documents… to import it.',
    );
    await expect(handlers.importFiles({ ...request, paths: [join(work.path, 'private.csv')] })).rejects.toBeInstanceOf(UserFacingError);
  });

  test('files chosen in the open dialog, and what lies in a chosen folder, are read', async () => {
    dialog.willOpen([survey]);
    expect(await handlers.chooseImportFiles()).toEqual([survey]);
    expect((await handlers.previewTable(survey)).rows).toEqual([['1', 'Yes']]);
    await expect(handlers.previewTable(join(work.path, 'chosen', 'wave 2', 'survey.csv'))).rejects.toBeInstanceOf(UserFacingError);

    dialog.willChooseFolder(join(work.path, 'chosen'));
    await handlers.chooseImportFolder();
    expect((await handlers.previewTable(join(work.path, 'chosen', 'wave 2', 'survey.csv'))).rows).toEqual([['2', 'No']]);
    // A path that climbs out of the folder is normalised first, and is not inside it.
    await expect(handlers.previewTable(join(work.path, 'chosen', 'wave 2', '..', '..', 'private.csv'))).rejects.toThrow(/“private\.csv” was not chosen/);
    // One that climbs back in is the same file, normalised.
    expect((await handlers.previewTable(`${join(work.path, 'chosen', 'wave 2')}/../survey.csv`)).fileName).toBe('survey.csv');
  });

  test('an import names its tables by the normalised path, so a table given as /a/b/../c is still matched', async () => {
    dialog.willChooseFolder(join(work.path, 'chosen'));
    await handlers.chooseImportFolder();
    const roundabout = `${join(work.path, 'chosen', 'wave 2')}/../survey.csv`;
    const report = await handlers.importFiles({ ...request, paths: [roundabout], tables: { [roundabout]: { textColumn: 'answer' } } });
    expect(report.refused).toEqual([]);
    expect(report.documents).toBe(1);
  });

  test('a dropped path is granted by the preload’s message from the app window only, and only when absolute', async () => {
    const foreign: InvokeEvent = { senderFrame: { url: 'https://evil.example/' } };
    expect(grantDroppedPath(grants, foreign, survey, APP_ORIGIN)).toBe(false);
    expect(grantDroppedPath(grants, fromApp, 'survey.csv', APP_ORIGIN)).toBe(false);
    expect(grantDroppedPath(grants, fromApp, { path: survey }, APP_ORIGIN)).toBe(false);
    await expect(handlers.previewTable(survey)).rejects.toBeInstanceOf(UserFacingError);
    expect(grantDroppedPath(grants, fromApp, survey, APP_ORIGIN)).toBe(true);
    expect((await handlers.previewTable(survey)).rows).toEqual([['1', 'Yes']]);
  });
});

describe('the spreadsheet preview follows the size limit of the preferences', () => {
  const MB = 1024 * 1024;
  let work: Awaited<ReturnType<typeof tempDir>>;
  beforeEach(async () => {
    work = await tempDir();
  });
  afterEach(() => work.remove());

  test('the readers start while the researcher chooses files or a folder to import, not with the app', async () => {
    let warmed = 0;
    const extractor: Extractor = {
      extract: () => Promise.reject(new Error('not used')),
      readTable: () => Promise.reject(new Error('not used')),
      warmUp: () => void warmed++,
    };
    const dialog = new ScriptedDialog();
    const handlers = createHandlers({ appVersion: 'test', dataPath: join(work.path, 'data'), dialog, shell: { openPath: async () => '', showItemInFolder: () => {} }, extractor, emit: () => {} });
    expect(warmed).toBe(0);
    dialog.willOpen([]);
    await handlers.chooseImportFiles();
    expect(warmed).toBe(1);
    dialog.willChooseFolder(work.path);
    await handlers.chooseImportFolder();
    expect(warmed).toBe(2);
  });

  test('a 60 MB survey the researcher allowed (100 MB) is previewed; at the default 50 MB it is refused by name', async () => {
    const survey = join(work.path, 'survey.csv');
    // 60 MB on disk without writing 60 MB: the stand-in extractor below never parses the bytes.
    const file = await open(survey, 'w');
    await file.truncate(60 * MB);
    await file.close();
    const extractor: Extractor = {
      extract: () => Promise.reject(new Error('not used')),
      readTable: async (input) => ({ value: { columns: ['id', 'answer'], rows: [['1', 'Yes']], rowNumbers: [2], extraction: {} }, bytes: input.bytes }),
    };
    const dialog = new ScriptedDialog();
    const handlers = createHandlers({ appVersion: 'test', dataPath: join(work.path, 'data'), dialog, shell: { openPath: async () => '', showItemInFolder: () => {} }, extractor, emit: () => {} });
    dialog.willOpen([survey]);
    await handlers.chooseImportFiles();

    const { registrar, listeners } = capture();
    registerHandlers(registrar, handlers, APP_ORIGIN);
    const preview = listeners.get('previewTable')!;
    expect(await preview(fromApp, survey, 100 * MB)).toEqual({ ok: true, value: { fileName: 'survey.csv', columns: ['id', 'answer'], rows: [['1', 'Yes']], rowCount: 1 } });
    expect(await preview(fromApp, survey)).toEqual({ ok: false, error: '“survey.csv” is over the limit of 50 MB per file.' });
    expect(await preview(fromApp, survey, 55 * MB)).toEqual({ ok: false, error: '“survey.csv” is over the limit of 55 MB per file.' });
  });
});
