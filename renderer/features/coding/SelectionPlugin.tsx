// Reports the reader's selection in the document as canonical offsets. A collapsed selection is the
// caret: clicking into a highlight or moving onto it with the keyboard lists the codes there.
import { useEffect } from 'react';
import type { TextDomIndex, TextRange } from './textDomIndex';

export function SelectionPlugin({ index, onSelection }: { index: TextDomIndex; onSelection(range: TextRange | null): void }) {
  useEffect(() => {
    const report = () => {
      const inDocument = currentSelection(index);
      if (inDocument !== undefined) {
        onSelection(inDocument);
        return;
      }
      const selection = document.getSelection();
      const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
      // Text selected elsewhere (a side panel) is not a passage of this document. Anything else
      // (focus moving to a button or a menu) keeps the passage.
      if (range && !range.collapsed && !index.contains(range.commonAncestorContainer)) onSelection(null);
    };
    document.addEventListener('selectionchange', report);
    return () => document.removeEventListener('selectionchange', report);
  }, [index, onSelection]);
  return null;
}

/**
 * The document's selection as it is now, read from the DOM, while the text has the focus (undefined
 * otherwise). Key presses can outrun the asynchronous `selectionchange` event, so actions read this
 * rather than the last reported selection. Once the focus has left the text, the browser may move the
 * selection (Chromium does when Tab reaches a button), so only the last reported passage counts.
 */
export function currentSelection(index: TextDomIndex): TextRange | null | undefined {
  if (document.activeElement !== index.element) return undefined;
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0) return undefined;
  // A selection reaching past the text's edge counts for the part of the text it covers.
  return index.offsetsOf(selection.getRangeAt(0)) ?? undefined;
}

/** Selects `[start, end)` in the document and, unless told not to, scrolls it into view. */
export function selectInDocument(index: TextDomIndex, start: number, end: number, { scroll = true } = {}): boolean {
  const range = index.rangeOf(start, end);
  const selection = document.getSelection();
  if (!range || !selection) return false;
  selection.removeAllRanges();
  selection.addRange(range);
  if (!scroll) return true;
  const target = range.startContainer.nodeType === Node.TEXT_NODE ? range.startContainer.parentElement : (range.startContainer as Element);
  target?.scrollIntoView({ block: 'center' });
  return true;
}
