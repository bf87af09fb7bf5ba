// Saying something in the status line (every action does) must not re-render the screens that can
// say things: with a long document open, that is every panel of the coding screen, twice per message.
// React reports each commit to a DevTools hook; this test installs one and counts the components that
// rendered because of one announcement.
import { expect, test } from 'vitest';
import { launchApp, type App } from './app';
import { importThroughDialog, nextFrames, openDocument } from './actions';
import type { Page } from 'playwright-core';
import { pressPaths } from '../fixtures/press';

let app: App | undefined;

/**
 * A minimal React DevTools hook: after each commit, counts the function and class components that
 * rendered in it. As DevTools does, it walks only the parts of the tree that were re-created in the
 * commit (a subtree React bailed out of keeps its old child fibers) and reads React's PerformedWork
 * flag (1), which is set when a component's function actually ran.
 */
const RENDER_COUNTER = `(() => {
  window.__rendered = 0;
  const COMPONENT_TAGS = new Set([0, 1, 11, 15]);
  const walk = (next, prev) => {
    if (COMPONENT_TAGS.has(next.tag) && (next.flags & 1) === 1) window.__rendered++;
    if (prev && next.child === prev.child) return;
    for (let child = next.child; child; child = child.sibling) walk(child, child.alternate);
  };
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject: () => 1,
    onScheduleFiberRoot() {},
    onCommitFiberRoot(_id, root) { walk(root.current, root.current.alternate); },
    onCommitFiberUnmount() {},
    onPostCommitFiberRoot() {},
    checkDCE() {},
  };
})();`;

const renders = (page: Page) => page.evaluate(() => (window as unknown as { __rendered: number }).__rendered);

test('an announcement re-renders the status line, not the screens that announce', async () => {
  app = await launchApp();
  const { page } = app;
  await app.context.addInitScript({ content: RENDER_COUNTER });
  await page.reload();
  await page.getByRole('heading', { name: /^Documents/ }).waitFor();
  await importThroughDialog(app, [pressPaths()[1]!]);
  await openDocument(page, '01-station-news');
  const status = page.getByRole('status', { name: 'Status' });
  // The hook is in place: opening the document rendered the coding screen.
  expect(await renders(page)).toBeGreaterThan(50);
  // The screen has settled: no component rendered while the page drew two frames.
  await expect.poll(async () => {
    const first = await renders(page);
    await nextFrames(page);
    return (await renders(page)) - first;
  }).toBe(0);

  const before = await renders(page);
  // A message from nowhere in particular (a failure nobody waited for), so that nothing else changes.
  await page.evaluate(() => void Promise.reject(new Error('Nothing really')));
  await expect.poll(() => status.innerText()).toContain('Nothing really');
  // Two more frames, and every render it caused has been committed.
  await nextFrames(page);
  const rendered = (await renders(page)) - before;
  // The provider and the status bar, once: the message is set in one update (Announcer.tsx), not
  // cleared in one frame and set in the next (2 renders; a little room for a background refresh).
  // When every component that can announce re-rendered with each message, this was 128.
  expect(rendered).toBeLessThanOrEqual(5);
  expect(rendered).toBeGreaterThan(0);

  // The same message again is said again: a live region speaks what is added to it, so the status
  // line gets the message as a new node, not the same text left in place.
  // The status line by its name: other live regions (the memo search's count) are status regions too.
  await status.evaluate((line) => {
    const w = window as unknown as { __added: string[] };
    w.__added = [];
    new MutationObserver((records) => {
      for (const record of records) for (const node of record.addedNodes) w.__added.push(node.textContent ?? '');
    }).observe(line, { childList: true, subtree: true });
  });
  await page.evaluate(() => void Promise.reject(new Error('Nothing really')));
  await expect.poll(() => page.evaluate(() => (window as unknown as { __added: string[] }).__added.filter((text) => text.includes('Nothing really')).length)).toBe(1);
  expect(await status.innerText()).toContain('Nothing really');
});
