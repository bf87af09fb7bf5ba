// Coding by keyboard in a bench's window, the same way wherever frames are measured while coding
// (backup.bench.ts, keyFrames.probe.ts): a passage chosen by `k` in the open document, code 1 applied
// by its key, then two frames so that the application is painted.
import type { Page } from 'playwright-core';

/** Applies code 1 to the `k`th passage of the open document by its key, and waits two frames. */
export async function applyCodeByKey(page: Page, k: number): Promise<void> {
  await page.evaluate((k) => {
    const root = document.querySelector<HTMLElement>('[role="document"]')!;
    // The text's paragraphs (Lexical draws each as a <p>, whatever holds them).
    const paragraphs = root.querySelectorAll('p');
    const paragraph = paragraphs[(k * 7) % paragraphs.length]!;
    const textNode = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT).nextNode() as Text;
    const range = document.createRange();
    range.setStart(textNode, k % 5);
    range.setEnd(textNode, Math.min(textNode.data.length, 20 + (k % 17)));
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    root.focus({ preventScroll: true });
  }, k);
  await page.keyboard.press('1');
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}
