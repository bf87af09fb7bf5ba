// Files the system hands Framewise to open (a double-clicked .framewise or .qdpx): picked out of a
// command line or a macOS open-file event, granted to the window exactly as a file chosen in an open
// dialog is (and nothing beside them), kept until the window takes them, and the window brought
// to the front.
import { EventEmitter } from 'node:events';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { bringToFront, filesInCommandLine, filesToOpen, OpenedFiles, receiveOpenedFiles } from '../../electron/openedFiles';
import { createHandlers } from '../../electron/handlers';
import { inProcessExtractor } from '../../electron/extract/extractor';
import { PathGrants } from '../../electron/library/pathGrants';
import { ScriptedDialog } from '../e2e/scriptedDialog';
import { tempDir } from './fixtures';

let work: Awaited<ReturnType<typeof tempDir>>;
let here: string;
beforeEach(async () => {
  work = await tempDir();
  here = join(work.path, 'Downloads');
  await mkdir(here);
});
afterEach(() => work.remove());

async function file(name: string, content = 'zip'): Promise<string> {
  const path = join(here, name);
  await writeFile(path, content);
  return path;
}

describe('the files a command line asks Framewise to open', () => {
  test('are its .framewise and .qdpx files, without the executable, the app path or Chromium’s switches', async () => {
    const project = await file('Housing.framewise');
    const refi = await file('From Ana.qdpx');
    const argv = ['/opt/Framewise/framewise', work.path, '--allow-file-access-from-files', '--original-process-start-time=13345678901234567', project, '--', refi];
    expect(await filesInCommandLine(argv, { workingDirectory: '/' })).toEqual([project, refi]);
  });

  test('take the extension in any letter case', async () => {
    const shouting = await file('HOUSING.FRAMEWISE');
    const mixed = await file('Ana.QdPx');
    expect(await filesInCommandLine(['framewise', shouting, mixed], { workingDirectory: '/' })).toEqual([shouting, mixed]);
  });

  test('keep names with spaces, accents (composed or not), emoji, CJK and right-to-left letters as they are', async () => {
    const names = ['My project (final).framewise', 'Entretiens re\u0301sume\u0301s.framewise', 'Café 🏠 study.qdpx', '住房研究.framewise', 'מחקר דיור.qdpx'];
    const paths = await Promise.all(names.map((name) => file(name)));
    expect(await filesInCommandLine(['framewise', ...paths], { workingDirectory: '/' })).toEqual(paths);
  });

  test('leave out files that are not there, folders named like a project, and files of other types', async () => {
    const kept = await file('Kept.framewise');
    await mkdir(join(here, 'Folder.framewise'));
    const other = await file('notes.txt');
    const named = await file('framewise');
    const argv = ['framewise', join(here, 'Gone.framewise'), join(here, 'Folder.framewise'), other, named, await file('archive.framewise.zip'), kept];
    expect(await filesInCommandLine(argv, { workingDirectory: '/' })).toEqual([kept]);
  });

  test('read a relative path from the folder the command was given in', async () => {
    const project = await file('Housing.framewise');
    expect(await filesInCommandLine(['framewise', 'Housing.framewise', './Housing.framewise'], { workingDirectory: here })).toEqual([project]);
  });

  test('take a file:// address, as a Linux file manager passes it to a desktop entry’s %U', async () => {
    const project = await file('My project é.framewise');
    const url = pathToFileURL(project).href;
    expect(url).toContain('%20');
    expect(await filesInCommandLine(['framewise', url], { workingDirectory: '/' })).toEqual([project]);
    expect(await filesInCommandLine(['framewise', 'https://example.org/x.framewise', 'file://server/share/x.framewise'], { workingDirectory: '/' })).toEqual([]);
  });

  test('name a file once, however often it is given', async () => {
    const project = await file('Housing.framewise');
    expect(await filesInCommandLine(['framewise', project, project, join(here, '.', 'Housing.framewise')], { workingDirectory: '/' })).toEqual([project]);
  });

  test('an open-file event’s path is checked the same way', async () => {
    const project = await file('Housing.framewise');
    expect(await filesToOpen([project, join(here, 'Gone.qdpx'), await file('a.pdf')], { workingDirectory: '/' })).toEqual([project]);
  });
});

describe('files handed over by the system', () => {
  test('are granted to the window as a file chosen in an open dialog is, and nothing beside them', async () => {
    const project = await file('Housing.framewise', 'PK project');
    const sibling = await file('Other.framewise', 'PK other');
    const grants = new PathGrants();
    const opened = new OpenedFiles(grants, () => {});
    const handlers = createHandlers(
      { appVersion: 'test', dataPath: join(work.path, 'data'), dialog: new ScriptedDialog(), shell: { openPath: async () => '', showItemInFolder: () => {} }, extractor: inProcessExtractor, emit: () => {} },
      { grants, openedFiles: opened },
    );
    await opened.add([project]);
    expect(await handlers.takeOpenedFiles()).toEqual([project]);
    const read = await handlers.readFile({ purpose: 'projectFile', as: 'bytes', path: project });
    expect(read).toMatchObject({ fileName: 'Housing.framewise', as: 'bytes' });
    await expect(handlers.readFile({ purpose: 'projectFile', as: 'bytes', path: sibling })).rejects.toThrow('was not chosen');
    expect(await grants.allows(here)).toBe(false);
    // Granted as a project file, it is still read only as one of the purpose's types.
    await expect(handlers.readFile({ purpose: 'refiProject', as: 'bytes', path: project })).rejects.toThrow('is not a REFI-QDA project');
  });

  test('are kept until the window takes them, once, and the window is told only once they are granted', async () => {
    const project = await file('Housing.framewise');
    const grants = new PathGrants();
    const told: boolean[] = [];
    const opened = new OpenedFiles(grants, () => told.push(true));
    const granting = opened.add([project]);
    // Told after the grant: a window that takes the file at once may read it.
    expect(told).toEqual([]);
    await granting;
    expect(told).toEqual([true]);
    expect(await grants.allows(project)).toBe(true);
    expect(opened.take()).toEqual([project]);
    expect(opened.take()).toEqual([]);
  });

  test('a file handed over twice before the window takes it is opened once', async () => {
    const project = await file('Housing.framewise');
    const opened = new OpenedFiles(new PathGrants(), () => {});
    await opened.add([project]);
    await opened.add([project]);
    expect(opened.take()).toEqual([project]);
  });

  test('nothing to open tells the window nothing', async () => {
    let told = 0;
    const opened = new OpenedFiles(new PathGrants(), () => told++);
    await opened.add([]);
    expect(told).toBe(0);
  });
});

/** Electron's app, as far as these events go. */
class FakeApp extends EventEmitter {
  openFile(path: string): { prevented: boolean } {
    const event = { prevented: false, preventDefault: () => void (event.prevented = true) };
    this.emit('open-file', event, path);
    return event;
  }
}

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  expect(condition()).toBe(true);
}

describe('the system’s events', () => {
  test('a macOS open-file event before the window exists is kept for it, and taken over from the system', async () => {
    const app = new FakeApp();
    const opened = new OpenedFiles(new PathGrants(), () => {});
    let handed = 0;
    receiveOpenedFiles(app, opened, () => handed++);
    const project = await file('Housing.framewise');
    expect(app.openFile(project).prevented).toBe(true);
    await until(() => handed === 1);
    expect(opened.take()).toEqual([project]);
    // A file of another type, dropped on the Dock icon, is left to macOS: Framewise does not open it.
    expect(app.openFile(await file('notes.pdf')).prevented).toBe(false);
    await until(() => handed === 2);
    expect(opened.take()).toEqual([]);
  });

  test('a second start of Framewise hands its files to the first, from its own working folder, and brings the window forward', async () => {
    const app = new FakeApp();
    const opened = new OpenedFiles(new PathGrants(), () => {});
    let handed = 0;
    receiveOpenedFiles(app, opened, () => handed++);
    const project = await file('Housing.framewise');
    app.emit('second-instance', {}, ['C:\\Framewise\\Framewise.exe', '--allow-file-access-from-files', 'Housing.framewise'], here);
    await until(() => handed === 1);
    expect(opened.take()).toEqual([project]);
    // Started again with no file: the window still comes forward.
    app.emit('second-instance', {}, ['framewise'], here);
    await until(() => handed === 2);
    expect(opened.take()).toEqual([]);
  });

  test('the window comes to the front: restored when minimized, shown and focused', () => {
    const calls: string[] = [];
    const window = (minimized: boolean) => ({
      isMinimized: () => minimized,
      restore: () => calls.push('restore'),
      show: () => calls.push('show'),
      focus: () => calls.push('focus'),
    });
    bringToFront(window(true));
    expect(calls).toEqual(['restore', 'show', 'focus']);
    calls.length = 0;
    bringToFront(window(false));
    expect(calls).toEqual(['show', 'focus']);
  });
});
