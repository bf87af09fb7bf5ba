import { readdir, readFile, writeFile, chmod, mkdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { AtomicWrite } from '../../../electron/files/dataFolders';
import { saveFile } from '../../../electron/files/saveFile';
import type { DialogService } from '../../../electron/services';
import { UserFacingError } from '../../../electron/userFacingError';
import { tempDir } from '../fixtures';
import { fileNameProblem } from '../../../shared/files/fileNames';

let work: Awaited<ReturnType<typeof tempDir>>;
beforeEach(async () => {
  work = await tempDir();
});
afterEach(() => work.remove());

let asked: Array<{ title: string; suggestedName: string; extensions: readonly string[] }>;
beforeEach(() => {
  asked = [];
});
const dialogAnswering = (path: string | null): DialogService => ({
  chooseFiles: async () => [],
  chooseFolder: async () => null,
  chooseSaveFile: async (options) => {
    asked.push(options);
    return path;
  },
});

describe('saving a file through the save dialog', () => {
  test('writes the content where the user chose, with a BOM when asked', async () => {
    const target = join(work.path, 'out.csv');
    const result = await saveFile({ purpose: 'codedSegmentsCsv', suggestedName: 'x.csv', content: 'a,b\r\n', bom: true }, dialogAnswering(target));
    expect(result).toEqual({ path: target, fileName: 'out.csv', bytes: 8 });
    expect(await readFile(target)).toEqual(Buffer.from('\uFEFFa,b\r\n', 'utf8'));
  });

  test('replaces an existing file whole and leaves no temporary file behind', async () => {
    const target = join(work.path, 'out.csv');
    await writeFile(target, 'old content that is longer than the new one');
    await saveFile({ purpose: 'codedSegmentsCsv', suggestedName: 'x.csv', content: 'new', bom: false }, dialogAnswering(target));
    expect(await readFile(target, 'utf8')).toBe('new');
    expect(await readdir(work.path)).toEqual(['out.csv']);
  });

  test('a cancelled dialog writes nothing', async () => {
    expect(await saveFile({ purpose: 'codedSegmentsCsv', suggestedName: 'x.csv', content: 'a', bom: false }, dialogAnswering(null))).toBeNull();
    expect(await readdir(work.path)).toEqual([]);
  });

  test('a folder that cannot be written says which file and what to do, and keeps the old file', async () => {
    const target = join(work.path, 'out.csv');
    await writeFile(target, 'old');
    await chmod(work.path, 0o500);
    try {
      const attempt = saveFile({ purpose: 'codedSegmentsCsv', suggestedName: 'x.csv', content: 'new', bom: false }, dialogAnswering(target));
      // root ignores permissions; the check only means something for other users.
      if (process.getuid?.() === 0) await attempt;
      else await expect(attempt).rejects.toThrow(/Could not write .*out\.csv.*Choose another folder/);
    } finally {
      await chmod(work.path, 0o700);
    }
    expect(await readFile(target, 'utf8')).toMatch(/old|new/);
  });

  test('writes bytes as they are (a PNG chart, a project file), in a dialog whose title and types the purpose sets', async () => {
    const target = join(work.path, 'chart.png');
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 255, 128]);
    expect(await saveFile({ purpose: 'chartPng', suggestedName: 'Codes by leaning.png', content: png }, dialogAnswering(target))).toEqual({ path: target, fileName: 'chart.png', bytes: 11 });
    expect(new Uint8Array(await readFile(target))).toEqual(png);
    expect(asked).toEqual([{ title: 'Save the chart as PNG', suggestedName: 'Codes by leaning.png', extensions: ['png'] }]);
  });

  test('each export asks with its own title and file type', async () => {
    await saveFile({ purpose: 'memosMarkdown', suggestedName: 'memos.md', content: '# Memos' }, dialogAnswering(null));
    await saveFile({ purpose: 'projectFile', suggestedName: 'Study.framewise', content: new Uint8Array(1) }, dialogAnswering(null));
    expect(asked.map(({ title, extensions }) => [title, extensions])).toEqual([
      ['Export memos (Markdown)', ['md']],
      ['Save a copy of the project', ['framewise']],
    ]);
  });
});

describe('a save that fails says so in plain words, naming the file chosen and never the temporary one', () => {
  const save = (target: string, writeAtomic?: AtomicWrite) => saveFile({ purpose: 'codedSegmentsCsv', suggestedName: 'x.csv', content: 'a,b', bom: false }, dialogAnswering(target), writeAtomic);
  const failure = async (attempt: Promise<unknown>) => {
    const error = await attempt.then(
      () => null,
      (e: unknown) => e as Error,
    );
    expect(error).toBeInstanceOf(UserFacingError);
    expect(error!.message).not.toMatch(/\.tmp|ENOENT|EISDIR|ENOSPC|EACCES|EBUSY|EPERM|syscall|, (open|rename|write) '/);
    // The system's own error stays, for a bug report.
    expect(error!.cause).toBeInstanceOf(Error);
    return error!.message;
  };

  test('a folder gone since it was chosen (a drive removed)', async () => {
    const target = join(work.path, 'stick', 'coded segments.csv');
    expect(await failure(save(target))).toBe(`Could not write “coded segments.csv” in ${join(work.path, 'stick')}: that folder is no longer there. Choose another folder.`);
  });

  test('a folder where the file should go', async () => {
    const target = join(work.path, 'out.csv');
    await mkdir(target);
    expect(await failure(save(target))).toBe(`Could not write “out.csv” in ${work.path}: a folder of that name is there. Choose another name.`);
  });

  const systemRefusing = (code: string, syscall: string): AtomicWrite => async (path) => {
    const temp = join(work.path, `.${basename(path)}.0123456789ab.tmp`);
    throw Object.assign(new Error(`${code}: refused, ${syscall} '${temp}'`), { code, syscall, path: temp });
  };

  test('a full disk', async () => {
    expect(await failure(save(join(work.path, 'out.csv'), systemRefusing('ENOSPC', 'write')))).toBe(`Could not write “out.csv” in ${work.path}: the disk is full. Free some space on it, or choose another folder.`);
  });

  test('a folder Framewise may not write in, or a file another program holds open', async () => {
    for (const code of ['EACCES', 'EPERM']) {
      expect(await failure(save(join(work.path, 'out.csv'), systemRefusing(code, 'open')))).toBe(
        `Could not write “out.csv” in ${work.path}: Framewise may not write there, or the file is open in another program. Choose another folder, or close the file in that program.`,
      );
    }
    expect(await failure(save(join(work.path, 'out.csv'), systemRefusing('EBUSY', 'rename')))).toBe(`Could not write “out.csv” in ${work.path}: the file is open in another program. Close it there, and save again.`);
  });

  test('a failure without plain words keeps the system’s code', async () => {
    expect(await failure(save(join(work.path, 'out.csv'), systemRefusing('EIO', 'write')))).toBe(`Could not write “out.csv” in ${work.path}: the system refused it (EIO). Choose another folder, or try again.`);
  });
});

describe('the name the save dialog proposes', () => {
  const proposed = async (suggestedName: string, purpose: 'codedSegmentsCsv' | 'projectFile' | 'chartPng' = 'codedSegmentsCsv') => {
    asked = [];
    await saveFile({ purpose, suggestedName, content: 'x' }, dialogAnswering(null));
    return asked[0]!.suggestedName;
  };

  test('a name that is fine already is proposed as it is', async () => {
    expect(await proposed('Réformes coded segments (for Excel).csv')).toBe('Réformes coded segments (for Excel).csv');
    expect(await proposed('مقابلات coded segments.csv')).toBe('مقابلات coded segments.csv');
    expect(await proposed('Étude 研究 🙂 coded segments.csv')).toBe('Étude 研究 🙂 coded segments.csv');
  });

  test('is one file name: folders in it cannot move the dialog elsewhere', async () => {
    expect(await proposed('/home/ana/.bashrc')).toBe('home-ana-.bashrc.csv');
    expect(await proposed('..\\..\\Windows\\win.ini')).toBe('Windows-win.ini.csv');
    expect(await proposed('../secret.csv')).toBe('secret.csv');
  });

  test('holds no character Windows or macOS refuses in a file name', async () => {
    expect(await proposed('Wave 1: "yes"?<no>|*.csv')).toBe('Wave 1- -yes-no-.csv');
    expect(await proposed('Line\none\ttwo\u0000.csv')).toBe('Line-one-two-.csv');
  });

  test('is not hidden, and does not end in a space or a dot, which Windows drops', async () => {
    expect(await proposed('.hidden.csv')).toBe('hidden.csv');
    expect(await proposed('  Study.  .csv')).toBe('Study.csv');
  });

  test('is not a name Windows keeps for a device', async () => {
    expect(await proposed('CON.framewise', 'projectFile')).toBe('CON_.framewise');
    expect(await proposed('nul.csv')).toBe('nul_.csv');
    expect(await proposed('Lpt1.tar.csv')).toBe('Lpt1_.tar.csv');
    // Names that only begin like one are left alone.
    expect(await proposed('Conversations.csv')).toBe('Conversations.csv');
  });

  test('ends with the type the purpose writes', async () => {
    expect(await proposed('Codes by leaning', 'chartPng')).toBe('Codes by leaning.png');
    expect(await proposed('Study.CSV')).toBe('Study.CSV');
    expect(await proposed('Study.txt')).toBe('Study.txt.csv');
  });

  test('an empty name, or one of nothing but forbidden characters, becomes “Framewise”', async () => {
    expect(await proposed('...')).toBe('Framewise.csv');
    expect(await proposed('///')).toBe('Framewise.csv');
  });

  test('a long name is cut to 255 bytes, between characters, keeping its type', async () => {
    const cjk = await proposed(`${'研'.repeat(100)} coded segments.csv`);
    expect(Buffer.byteLength(cjk)).toBeLessThanOrEqual(255);
    expect(cjk).toMatch(/^研+\.csv$/u);
    // A family emoji is one character of several code points: never cut inside it.
    const family = '👩‍👩‍👧‍👦';
    const emoji = await proposed(`${family.repeat(20)}.csv`);
    expect(Buffer.byteLength(emoji)).toBeLessThanOrEqual(255);
    expect(emoji.replace(/\.csv$/u, '').split(family).every((part) => part === '')).toBe(true);
    // The renderer's cut at 120 UTF-16 units can split an emoji in two: the lone half is dropped.
    expect(await proposed('Study \uD83D.csv')).toBe('Study.csv');
  });

  test('every name proposed is one the data folder’s own rule accepts', async () => {
    for (const name of ['CON', '..', 'a/b\\c:d', ' . ', '\u202Egnp.exe', `${'😀'.repeat(100)}`, 'x'.repeat(300)]) {
      const result = await proposed(name);
      expect(fileNameProblem(result), `${JSON.stringify(name)} → ${JSON.stringify(result)}`).toBeNull();
    }
  });
});
