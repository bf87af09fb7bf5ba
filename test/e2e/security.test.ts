// The window runs only Framewise's own code: inline and remote scripts and event-handler attributes
// are refused by the Content-Security-Policy (electron/security.ts), while the app's own WebAssembly
// (the backup worker's deflate) compiles; an imported web page becomes plain text whose scripts never
// run. (Evaluating a string cannot be tried from here: DevTools, which runs these tests' code in the
// page, is exempt from the policy's eval rule.)
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { launchApp, type App } from './app';
import { importThroughDialog, openDocument } from './actions';

let app: App | undefined;

test('inline and remote scripts and event-handler attributes are refused by the Content-Security-Policy; the app\'s WebAssembly compiles', async () => {
  app = await launchApp();
  const outcome = await app.page.evaluate(async () => {
    const violations: string[] = [];
    // Each refused script is reported by an event: wait for the three reports, not for a while.
    const allRefused = new Promise<void>((resolve) =>
      document.addEventListener('securitypolicyviolation', (event) => {
        violations.push(event.effectiveDirective);
        if (violations.length === 3) resolve();
      }),
    );
    const inline = document.createElement('script');
    inline.textContent = 'window.__ranInline = true;';
    document.body.append(inline);
    const remote = document.createElement('script');
    remote.src = 'https://example.com/tracker.js';
    document.body.append(remote);
    const image = document.createElement('img');
    image.setAttribute('onerror', 'window.__handlerRan = true');
    image.src = 'data:,not an image';
    document.body.append(image);
    await allRefused;
    // The smallest module there is: the magic number and version 1.
    const compiled = await WebAssembly.compile(new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00])).then(() => 'compiled', (error: Error) => error.name);
    const w = window as unknown as { __ranInline?: boolean; __handlerRan?: boolean };
    return { ranInline: w.__ranInline === true, handlerRan: w.__handlerRan === true, violations: violations.sort(), compiled };
  });
  expect(outcome).toEqual({ ranInline: false, handlerRan: false, violations: ['script-src-attr', 'script-src-elem', 'script-src-elem'], compiled: 'compiled' });
});

test('an imported web page shows as text: its scripts, styles and event handlers never run', async () => {
  app = await launchApp();
  const page = join(app.dataDir, 'article.html');
  await writeFile(
    page,
    `<!doctype html><html><head><title>City budget passes</title><script>window.parent.__pwned = 1; alert('x')</script>
     <style>body { display: none }</style></head>
     <body onload="window.__pwned = 2"><nav>Home | News</nav><h1>City budget passes</h1>
     <p>The council approved the budget <img src="x" onerror="window.__pwned = 3">on Tuesday.</p>
     <script>document.title = 'hacked'</script></body></html>`,
  );
  await importThroughDialog(app, [page]);
  await openDocument(app.page, 'City budget passes');
  const text = await app.page.getByRole('document', { name: 'Text of City budget passes' }).innerText();
  expect(text).toContain('The council approved the budget on Tuesday.');
  expect(text).not.toMatch(/pwned|alert|display: none|Home \| News/);
  expect(await app.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await app.page.title()).toBe('Framewise');
  expect(app.pageErrors).toEqual([]);
});
