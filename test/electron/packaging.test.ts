// The packaged app's safety settings, read from the file electron-builder reads: a fuse left on (run
// as Node, NODE_OPTIONS, --inspect) would let anything on the researcher's machine read their projects
// through the app's own binary.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { OPENED_FILE_EXTENSIONS } from '../../electron/openedFiles';

interface FileAssociation {
  ext: string | string[];
  name?: string;
  description?: string;
  mimeType?: string;
  role?: string;
  rank?: string;
}

const config = parse(readFileSync(new URL('../../electron-builder.yml', import.meta.url), 'utf8')) as {
  electronFuses?: Record<string, boolean>;
  fileAssociations?: FileAssociation[];
};

describe('packaging', () => {
  test('the packaged binary cannot be run as Node, given Node options or inspected, and loads only its checked app.asar', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  test('registers with the system exactly the file types main opens when they are double-clicked', () => {
    const extensions = (config.fileAssociations ?? []).flatMap((association) => [association.ext].flat());
    expect(extensions.sort()).toEqual([...OPENED_FILE_EXTENSIONS].sort());
  });

  test('names each type for Windows, macOS and Linux (a MIME type of its own, which the desktop entry lists)', () => {
    const byExtension = new Map((config.fileAssociations ?? []).map((association) => [[association.ext].flat()[0], association]));
    expect(byExtension.get('framewise')).toMatchObject({ name: 'Framewise project', description: 'Framewise project', role: 'Editor', rank: 'Owner', mimeType: 'application/x-framewise' });
    // Other QDA programs own .qdpx: Framewise reads it (it never writes back to the file opened) and
    // offers itself beside them on macOS, without claiming the type.
    expect(byExtension.get('qdpx')).toMatchObject({ name: 'REFI-QDA project', description: 'REFI-QDA project', role: 'Viewer', rank: 'Alternate', mimeType: expect.stringMatching(/^application\/[\w.+-]+$/u) });
  });
});
