import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { resolveAppFile, serveAppFile } from '../../electron/protocol';
import { isSameOrigin } from '../../electron/appOrigin';

describe('the app:// protocol', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'fw-renderer-'));
    await writeFile(join(root, 'index.html'), '<p>hi</p>');
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  test('serves files of the renderer with the Content-Security-Policy', async () => {
    const response = await serveAppFile(root, new Request('app://framewise/index.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Security-Policy')).toContain("script-src 'self'");
    expect(response.headers.get('Content-Security-Policy')).toContain("default-src 'none'");
    expect(await response.text()).toBe('<p>hi</p>');
  });

  test.each(['app://framewise/../secret', 'app://framewise/%2e%2e/secret', 'app://framewise/..%2fsecret', 'app://framewise/a%00b'])(
    'refuses a path that climbs out of the renderer folder: %s',
    (url) => {
      const file = resolveAppFile(root, url);
      expect(file === null || file.startsWith(root)).toBe(true);
    },
  );

  test('a missing file is a 404, not an error', async () => {
    expect((await serveAppFile(root, new Request('app://framewise/nope.js'))).status).toBe(404);
  });

  test('same-origin checks compare scheme and host, not prefixes', () => {
    expect(isSameOrigin('app://framewise/index.html')).toBe(true);
    expect(isSameOrigin('app://framewise.evil/index.html')).toBe(false);
    expect(isSameOrigin('app://user@framewise/index.html')).toBe(false);
    expect(isSameOrigin('not a url')).toBe(false);
  });
});
