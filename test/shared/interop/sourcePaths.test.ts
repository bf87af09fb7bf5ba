import { describe, expect, it } from 'vitest';
import { archiveIndex, findArchiveEntry, locateSource, localPathProblem } from '../../../shared/interop/sourcePaths';

describe('REFI-QDA source paths', () => {
  it('reads internal:// names percent-decoded', () => {
    expect(locateSource('internal://ABC%20D.txt', undefined, undefined)).toEqual({ where: 'archive', entry: 'ABC D.txt' });
    expect(locateSource('internal://my file.txt', undefined, undefined)).toEqual({ where: 'archive', entry: 'my file.txt' });
  });

  it('resolves relative:// against basePath, else against the .qdpx file’s folder', () => {
    expect(locateSource('relative://data/a%20b.txt', '/srv/project', '/home/ana')).toEqual({ where: 'disk', path: '/srv/project/data/a b.txt' });
    expect(locateSource('relative://data/a.txt', '', '/home/ana/exports/')).toEqual({ where: 'disk', path: '/home/ana/exports/data/a.txt' });
    expect(locateSource('relative://data/a.txt', undefined, 'C:\\Users\\ana')).toEqual({ where: 'disk', path: 'C:\\Users\\ana\\data\\a.txt' });
    expect(locateSource('relative://a.txt', undefined, undefined)).toEqual({ where: 'nowhere', reason: expect.stringContaining('not known') });
  });

  it('reads absolute:// paths of Windows and POSIX', () => {
    expect(locateSource('absolute://C:/Users/ana/a%20b.txt', undefined, undefined)).toEqual({ where: 'disk', path: 'C:/Users/ana/a b.txt' });
    expect(locateSource('absolute:///C:/x.txt', undefined, undefined)).toEqual({ where: 'disk', path: 'C:/x.txt' });
    expect(locateSource('absolute:///home/ana/a.txt', undefined, undefined)).toEqual({ where: 'disk', path: '/home/ana/a.txt' });
  });

  it('refuses a network share, in POSIX or Windows form, from absolute:// or a basePath', () => {
    const reason = (path: string) => `its text file is on a network share (${path}): Framewise reads only files on this computer`;
    expect(locateSource('absolute:////attacker.example/share/x.txt', undefined, undefined)).toEqual({ where: 'nowhere', reason: reason('//attacker.example/share/x.txt') });
    expect(locateSource('absolute://\\\\attacker.example\\share\\x.txt', undefined, undefined).where).toBe('nowhere');
    expect(locateSource('relative://x.txt', '\\\\attacker.example\\share', '/home/ana')).toEqual({ where: 'nowhere', reason: reason('\\\\attacker.example\\share\\x.txt') });
    expect(locateSource('relative://x.txt', '//attacker.example/share', '/home/ana')).toEqual({ where: 'nowhere', reason: reason('//attacker.example/share/x.txt') });
    expect(locateSource('relative://x.txt', undefined, '\\\\?\\UNC\\attacker.example\\share')).toEqual({ where: 'nowhere', reason: reason('\\\\?\\UNC\\attacker.example\\share\\x.txt') });
  });

  it('tells a network path from a local one, in POSIX and Windows form', () => {
    for (const path of ['\\\\attacker.example\\share\\x.txt', '//attacker.example/share/x.txt', '\\\\?\\UNC\\attacker.example\\share\\x.txt', '//?/UNC/host/share/x.txt', '\\\\.\\UNC\\host\\share', '/\\host\\share\\x.txt', '\\\\?\\GLOBALROOT\\Device\\Mup\\host\\share']) {
      expect(localPathProblem(path), path).toMatch(/network share|device path/u);
    }
    for (const path of ['/home/ana/a.txt', 'C:\\Users\\ana\\a.txt', 'C:/Users/ana/a.txt', '/srv//data/a.txt']) expect(localPathProblem(path), path).toBeNull();
  });

  it('refuses a relative:// path that climbs out of its folder with ..', () => {
    expect(locateSource('relative://../home/private/diary.txt', undefined, '/home/ana/exports')).toEqual({
      where: 'nowhere',
      reason: '“relative://../home/private/diary.txt” leads out of the project’s folder (/home/ana/exports) with “..”: Framewise reads relative:// files only inside it',
    });
    for (const uri of ['relative://../../secret.txt', 'relative://..%2F..%2Fsecret.txt', 'relative://..%5C..%5Csecret.txt', 'relative://..\\..\\secret.txt', 'relative://%2e%2e/secret.txt']) {
      expect(locateSource(uri, 'C:\\Users\\ana', undefined), uri).toEqual({ where: 'nowhere', reason: expect.stringContaining('leads out of the project’s folder (C:\\Users\\ana)') });
    }
    // A .. that stays inside is only a detour.
    expect(locateSource('relative://data%2F..%2Fa.txt', '/srv/project', undefined)).toEqual({ where: 'disk', path: '/srv/project/a.txt' });
  });

  it('refuses other schemes and things that are not URIs', () => {
    expect(locateSource('http://example.org/a.txt', undefined, undefined)).toEqual({ where: 'nowhere', reason: expect.stringContaining('“http:”') });
    expect(locateSource('just a name.txt', undefined, undefined).where).toBe('nowhere');
  });

  it('finds an entry in sources/ or Sources/, whatever the case of the GUID', () => {
    const index = archiveIndex(['project.qde', 'Sources/ABC.txt']);
    expect(findArchiveEntry(index, 'abc.TXT')).toBe('Sources/ABC.txt');
    expect(findArchiveEntry(index, 'missing.txt')).toBeNull();
  });
});
