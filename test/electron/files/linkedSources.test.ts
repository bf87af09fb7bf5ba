// Files a REFI-QDA project names outside its archive: main reads exactly those the .qdpx it opened
// names (relative:// against the .qdpx's folder, absolute:// as a file URI), through the library's
// extractors and size limit, and nothing else the window asks for; a missing or unreadable one is
// refused with the reason the import report shows.
import { mkdir, writeFile } from 'node:fs/promises';
import { join, posix, win32 } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { inProcessExtractor } from '../../../electron/extract/extractor';
import { LinkedSources } from '../../../electron/files/linkedSources';
import type { OpenedFile } from '../../../shared/ipc';
import { packQdpx, qde, uuid } from '../../shared/interop/refiFixtures';
import { tempDir } from '../fixtures';

let work: Awaited<ReturnType<typeof tempDir>>;
let sources: LinkedSources;
beforeEach(async () => {
  work = await tempDir();
  sources = new LinkedSources();
});
afterEach(() => work.remove());

const textSource = (name: string, attributes: string) => `<TextSource guid="${uuid(name)}" name="${name}" ${attributes}/>`;

/** A .qdpx in `folder` naming the given sources, as main's open dialog hands it over. */
async function opened(folder: string, sourcesXml: string): Promise<OpenedFile> {
  const bytes = packQdpx(qde(`<Sources>${sourcesXml}</Sources>`));
  const path = join(folder, 'team.qdpx');
  await writeFile(path, bytes);
  return { path, fileName: 'team.qdpx', size: bytes.byteLength, as: 'bytes', bytes };
}

describe('the files a REFI-QDA project names outside its archive', () => {
  test('are read when the opened .qdpx names them: relative to its folder, or as a percent-encoded file URI', async () => {
    const folder = join(work.path, 'project');
    await mkdir(join(folder, 'texts'), { recursive: true });
    await writeFile(join(folder, 'texts', 'interview one.txt'), 'Jobs first, said the mayor.');
    const rtfPath = join(work.path, 'elsewhere', 'speech notes.rtf');
    await mkdir(join(work.path, 'elsewhere'));
    await writeFile(rtfPath, '{\\rtf1\\ansi Security matters more.\\par}');
    const absolute = pathToFileURL(rtfPath).href.replace(/^file:/u, 'absolute:');
    expect(absolute).toContain('speech%20notes.rtf');
    sources.noteOpened(await opened(folder, textSource('One', 'plainTextPath="relative://texts/interview%20one.txt"') + textSource('Two', `richTextPath="${absolute}"`)));

    const text = await sources.read({ path: join(folder, 'texts', 'interview one.txt') }, inProcessExtractor);
    expect(text).toMatchObject({ fileName: 'interview one.txt', text: null });
    expect(Buffer.from(text.bytes).toString('utf8')).toBe('Jobs first, said the mayor.');
    const rtf = await sources.read({ path: rtfPath }, inProcessExtractor);
    expect(rtf.fileName).toBe('speech notes.rtf');
    expect(rtf.text).toBe('Security matters more.');
  });

  test('nothing else is read: not a file beside them, not one an earlier path pointed to through ..', async () => {
    const folder = join(work.path, 'project');
    await mkdir(folder);
    await writeFile(join(folder, 'secret.txt'), 'not named by the project');
    await writeFile(join(folder, 'named.txt'), 'named');
    sources.noteOpened(await opened(folder, textSource('One', 'plainTextPath="relative://named.txt"')));
    await expect(sources.read({ path: join(folder, 'secret.txt') }, inProcessExtractor)).rejects.toThrow('Framewise reads only the files that the chosen REFI-QDA project names');
    await expect(sources.read({ path: join(folder, 'sub', '..', 'named.txt') }, inProcessExtractor)).resolves.toMatchObject({ fileName: 'named.txt' });
  });

  test('a file reached through .. out of the project’s folder is not granted', async () => {
    const folder = join(work.path, 'exports');
    await mkdir(folder);
    await mkdir(join(work.path, 'home', 'private'), { recursive: true });
    await writeFile(join(work.path, 'home', 'private', 'diary.txt'), 'private');
    sources.noteOpened(await opened(folder, textSource('One', 'plainTextPath="relative://../home/private/diary.txt"')));
    await expect(sources.read({ path: join(work.path, 'home', 'private', 'diary.txt') }, inProcessExtractor)).rejects.toThrow('Framewise reads only the files that the chosen REFI-QDA project names');
  });

  test.each([
    ['POSIX', posix, '/home/ana/team.qdpx', '//attacker.example/share/x.txt'],
    ['Windows', win32, 'C:\\Users\\ana\\team.qdpx', '\\\\attacker.example\\share\\x.txt'],
  ])('a network share is never granted nor read (%s paths), even when the window asks for it', async (_system, paths, qdpxPath, share) => {
    const linked = new LinkedSources(paths);
    const bytes = packQdpx(
      qde(`<Sources>${textSource('Share', 'plainTextPath="absolute:////attacker.example/share/x.txt"')}${textSource('Based', 'plainTextPath="relative://x.txt"')}</Sources>`).replace('<Project ', '<Project basePath="\\\\attacker.example\\share" '),
    );
    linked.noteOpened({ path: qdpxPath, fileName: 'team.qdpx', size: bytes.byteLength, as: 'bytes', bytes });
    for (const path of [share, '\\\\?\\UNC\\attacker.example\\share\\x.txt', '//attacker.example/share/x.txt']) {
      await expect(linked.read({ path }, inProcessExtractor), path).rejects.toThrow(/network share|device path/u);
    }
  });

  test('a missing file, a folder and a file over the size limit are refused with the reason', async () => {
    const folder = join(work.path, 'project');
    await mkdir(join(folder, 'a folder.txt'), { recursive: true });
    await writeFile(join(folder, 'large.txt'), 'x'.repeat(2048));
    sources.noteOpened(await opened(folder, ['missing.txt', 'a%20folder.txt', 'large.txt'].map((name, i) => textSource(`S${i}`, `plainTextPath="relative://${name}"`)).join('')));
    await expect(sources.read({ path: join(folder, 'missing.txt') }, inProcessExtractor)).rejects.toThrow('the file is not there');
    await expect(sources.read({ path: join(folder, 'a folder.txt') }, inProcessExtractor)).rejects.toThrow('it is a folder, not a file');
    await expect(sources.read({ path: join(folder, 'large.txt'), maxFileBytes: 1024 }, inProcessExtractor)).rejects.toThrow(/larger than the .* limit/u);
  });
});
