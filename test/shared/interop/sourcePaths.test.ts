import { describe, expect, it } from 'vitest';
import { archiveIndex, findArchiveEntry, locateSource } from '../../../shared/interop/sourcePaths';

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
