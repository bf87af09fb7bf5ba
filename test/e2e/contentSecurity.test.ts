// The window's content security policy (electron/security.ts), as the page meets it: script runs only
// from the app's own files, never from an inline element or an event-handler attribute (what an
// imported web page or a pasted memo could carry), while the app's own WebAssembly (the backup
// worker's deflate) compiles. (Evaluating a string cannot be tried from here: DevTools, which runs
// this test's code in the page, is exempt from the policy's eval rule.)
import { afterEach, expect, test } from 'vitest';
import { launchApp, type App } from './app';

let app: App | undefined;

afterEach(async () => {
  await app?.dispose();
  app = undefined;
});

test('inline script and event-handler attributes are refused; WebAssembly compiles', async () => {
  app = await launchApp();
  const outcome = await app.page.evaluate(async () => {
    const w = window as unknown as Record<string, unknown>;
    // Each refusal is reported as a violation: waited for, rather than a while in which nothing ran.
    const refused: string[] = [];
    const bothRefused = new Promise<void>((resolve) =>
      document.addEventListener('securitypolicyviolation', (event) => {
        refused.push(event.effectiveDirective);
        if (refused.length === 2) resolve();
      }),
    );
    const inline = document.createElement('script');
    inline.textContent = 'window.__inlineRan = true';
    document.body.append(inline);
    const image = document.createElement('img');
    image.setAttribute('onerror', 'window.__handlerRan = true');
    image.src = 'data:,not an image';
    document.body.append(image);
    await bothRefused;
    // The smallest module there is: the magic number and version 1.
    const compiled = await WebAssembly.compile(new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00])).then(() => 'compiled', (error: Error) => error.name);
    return { inline: w.__inlineRan === true, handler: w.__handlerRan === true, refused: refused.sort(), compiled };
  });
  expect(outcome).toEqual({ inline: false, handler: false, refused: ['script-src-attr', 'script-src-elem'], compiled: 'compiled' });
});
