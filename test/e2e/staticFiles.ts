// Serves a built folder at a fixed origin inside Chromium (Playwright routing, no server): the page
// gets a stable origin, so its IndexedDB survives a relaunch on the same profile.
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { BrowserContext } from 'playwright-core';

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

export async function serveFolder(context: BrowserContext, origin: string, root: string, headers: Record<string, string> = {}): Promise<void> {
  await context.route(`${origin}/**`, async (route) => {
    const file = resolveInside(root, new URL(route.request().url()).pathname);
    if (!file) return route.fulfill({ status: 404, body: 'Not found' });
    try {
      const body = await readFile(file);
      await route.fulfill({ status: 200, body, headers: { 'Content-Type': MIME_TYPES[extname(file)] ?? 'application/octet-stream', ...headers } });
    } catch {
      await route.fulfill({ status: 404, body: 'Not found' });
    }
  });
}

function resolveInside(root: string, pathname: string): string | null {
  const relative = pathname === '/' ? 'index.html' : decodeURIComponent(pathname).replace(/^\/+/, '');
  const file = normalize(join(root, relative));
  return file.startsWith(root + sep) ? file : null;
}
