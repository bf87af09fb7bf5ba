// The packaged app's safety settings, read from the file electron-builder reads: a fuse left on (run
// as Node, NODE_OPTIONS, --inspect) would let anything on the researcher's machine read their projects
// through the app's own binary.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';

const config = parse(readFileSync(new URL('../../electron-builder.yml', import.meta.url), 'utf8')) as { electronFuses?: Record<string, boolean> };

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
});
