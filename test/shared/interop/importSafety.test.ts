// A .qdpx comes from elsewhere: whatever is wrong with it is refused or skipped with a reason a
// researcher can read, never an exception without a message.
import { describe, expect, it } from 'vitest';
import { zipSync, strToU8 } from 'fflate';
import { planQdpxImport } from '../../../shared/interop/qdpxImport';
import { readArchive, DEFAULT_ARCHIVE_LIMITS } from '../../../shared/interop/archiveRead';
import { importOptions, packQdpx, qde, uuid } from './refiFixtures';

const source = uuid('safety:source');
const code = uuid('safety:code');
const project = qde(
  `<CodeBook><Codes><Code guid="${code}" name="Topic" isCodable="true"/></Codes></CodeBook>` +
    `<Sources><TextSource guid="${source}" name="Kept" plainTextPath="internal://${source}.txt"/>` +
    `<TextSource guid="${uuid('safety:missing')}" name="Missing" plainTextPath="internal://${uuid('safety:missing')}.txt"/></Sources>`,
);

describe('a damaged or hostile .qdpx', () => {
  it('refuses a zip bomb before inflating it all', () => {
    // 16 MiB of zeros packs to about 16 KiB: a ratio of about 1,000.
    const bomb = zipSync({ 'project.qde': strToU8(project), [`sources/${source}.txt`]: new Uint8Array(16 * 1024 * 1024) }, { level: 9 });
    const result = planQdpxImport(bomb, importOptions({ fileName: 'bomb.qdpx' }), { ...DEFAULT_ARCHIVE_LIMITS, ratioFloorBytes: 1024 * 1024 });
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(/^“bomb\.qdpx” cannot be imported: its entry “sources\/.*\.txt” unpacks to more than 400 times its packed size \(a zip bomb\)\.$/u) });
  });

  it('refuses an archive that unpacks past the total limit, and one with too many entries', () => {
    const big = packQdpx(project, { [`sources/${source}.txt`]: 'x'.repeat(5000) });
    expect(planQdpxImport(big, importOptions(), { ...DEFAULT_ARCHIVE_LIMITS, maxTotalBytes: 4000 })).toEqual({ ok: false, reason: expect.stringContaining('unpacks to more than 4000 bytes') });
    expect(planQdpxImport(big, importOptions(), { ...DEFAULT_ARCHIVE_LIMITS, maxEntries: 1 })).toEqual({ ok: false, reason: expect.stringContaining('holds 2 entries') });
  });

  it('skips an entry whose name leads outside the archive, or is absolute, and imports the rest', () => {
    const bytes = packQdpx(project, { [`sources/${source}.txt`]: 'A kept text.', '../../evil.txt': 'x', '/etc/passwd': 'x', 'C:\\Windows\\evil.txt': 'x' });
    const result = planQdpxImport(bytes, importOptions());
    if (!result.ok) throw new Error(result.reason);
    expect(result.plan.skipped).toEqual(
      expect.arrayContaining([
        { kind: 'archive entry', name: '../../evil.txt', reason: 'its name leads outside the archive (“..”)' },
        { kind: 'archive entry', name: '/etc/passwd', reason: 'its name is an absolute path' },
        { kind: 'archive entry', name: 'C:\\Windows\\evil.txt', reason: 'its name is an absolute path' },
      ]),
    );
    expect(result.plan.rows.texts.map((t) => t.text)).toEqual(['A kept text.']);
  });

  it('skips a source whose text file is missing, saying which file', () => {
    const result = planQdpxImport(packQdpx(project, { [`sources/${source}.txt`]: 'A kept text.' }), importOptions());
    if (!result.ok) throw new Error(result.reason);
    expect(result.plan.rows.documents.map((d) => d.title)).toEqual(['Kept']);
    expect(result.plan.skipped).toEqual([{ kind: 'source', name: 'Missing', reason: `its text file internal://${uuid('safety:missing')}.txt is missing from the archive` }]);
  });

  it('skips a source on a network share or reached through .., naming the path, and keeps one named on this disk', () => {
    const linked = (basePath: string) =>
      packQdpx(
        qde(
          `<Sources><TextSource guid="${uuid('safety:unc')}" name="Share" plainTextPath="absolute:////attacker.example/share/x.txt"/>` +
            `<TextSource guid="${uuid('safety:climb')}" name="Diary" plainTextPath="relative://../home/private/diary.txt"/>` +
            `<TextSource guid="${uuid('safety:local')}" name="Local" plainTextPath="absolute:///home/ana/a.txt"/></Sources>`,
        ).replace('<Project ', `<Project basePath="${basePath}" `),
      );
    const result = planQdpxImport(linked('/home/ana/exports'), importOptions({ folderPath: '/home/ana/exports' }));
    if (!result.ok) throw new Error(result.reason);
    expect(result.plan.skipped).toEqual([
      { kind: 'source', name: 'Share', reason: 'its text file is on a network share (//attacker.example/share/x.txt): Framewise reads only files on this computer' },
      { kind: 'source', name: 'Diary', reason: '“relative://../home/private/diary.txt” leads out of the project’s folder (/home/ana/exports) with “..”: Framewise reads relative:// files only inside it' },
    ]);
    expect(result.plan.needs.map((n) => n.location)).toEqual([{ where: 'disk', path: '/home/ana/a.txt' }]);

    const onShare = planQdpxImport(linked('\\\\attacker.example\\share'), importOptions({ folderPath: 'C:\\Users\\ana' }));
    if (!onShare.ok) throw new Error(onShare.reason);
    expect(onShare.plan.skipped.find((s) => s.name === 'Diary')?.reason).toBe('its text file is on a network share (\\\\attacker.example\\share): Framewise reads only files on this computer');
  });

  it('refuses invalid XML with the line and column', () => {
    const result = planQdpxImport(packQdpx('<?xml version="1.0"?>\n<Project name="x">\n<Users></Project>'), importOptions({ fileName: 'broken.qdpx' }));
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(/^“broken\.qdpx” cannot be imported: its project\.qde is not well-formed XML \(line 3, column \d+: .+\)\.$/u) });
  });

  it('refuses XML that declares entities (a “billion laughs”)', () => {
    const xml = '<?xml version="1.0"?><!DOCTYPE lol [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><Project name="&lol2;"/>';
    expect(planQdpxImport(packQdpx(xml), importOptions())).toEqual({ ok: false, reason: expect.stringContaining('declares a document type') });
  });

  it('refuses a document type however far into the prolog it comes, after comments and instructions', () => {
    const evil = '<!DOCTYPE P [<!ENTITY e "EVIL">]><Project name="&e;"/>';
    for (const prolog of [`<!--${'x'.repeat(5000)}-->`, `<?xml version="1.0"?>\n<?pi ${'y'.repeat(5000)}?>\n<!-- a -->  \n`, `${' '.repeat(5000)}`]) {
      expect(planQdpxImport(packQdpx(`${prolog}${evil}`), importOptions())).toEqual({ ok: false, reason: expect.stringContaining('declares a document type') });
    }
  });

  it('reads “<!DOCTYPE” inside the project as text, not as a declaration', () => {
    const xml = qde(`<!-- <!DOCTYPE in a comment --><Sources><TextSource guid="${source}" name="Kept"><PlainTextContent><![CDATA[Write <!DOCTYPE html> first.]]></PlainTextContent></TextSource></Sources>`);
    const result = planQdpxImport(packQdpx(xml), importOptions());
    if (!result.ok) throw new Error(result.reason);
    expect(result.plan.rows.texts.map((t) => t.text)).toEqual(['Write <!DOCTYPE html> first.']);
  });

  it('refuses bytes that are not a zip archive, and a truncated one', () => {
    expect(planQdpxImport(strToU8('just some text'), importOptions())).toEqual({ ok: false, reason: expect.stringContaining('it is not a readable zip archive') });
    const whole = packQdpx(project, { [`sources/${source}.txt`]: 'A kept text.' });
    expect(planQdpxImport(whole.subarray(0, whole.length - 30), importOptions())).toEqual({ ok: false, reason: expect.stringContaining('it is not a readable zip archive') });
  });

  it('refuses an archive without a .qde, and one with two', () => {
    expect(planQdpxImport(zipSync({ 'readme.txt': strToU8('hi') }), importOptions())).toEqual({ ok: false, reason: expect.stringContaining('holds no project.qde') });
    expect(planQdpxImport(zipSync({ 'a.qde': strToU8(project), 'b.qde': strToU8(project) }), importOptions())).toEqual({ ok: false, reason: expect.stringContaining('holds 2 .qde files') });
  });

  it('lists archive entries as they are, directories left out', () => {
    const contents = readArchive(zipSync({ 'sources/': new Uint8Array(0), 'sources/a.txt': strToU8('a'), './project.qde': strToU8('<x/>') }));
    expect([...contents.files.keys()].sort()).toEqual(['project.qde', 'sources/a.txt']);
  });
});
