// The document from the keyboard. The text is read-only, so the browser gives it no caret; this plugin
// moves the selection itself (Selection.modify, the engine's own caret movement): arrows move, Shift
// extends, Ctrl (Alt on macOS) goes by word or paragraph, Home/End by line. Keys 1 to 9 apply the
// first nine codes; the context-menu key or Shift+F10 opens the code menu at the selection. Ctrl+K
// (Cmd+K) or "/" opens the quick-code palette, Ctrl+I (Cmd+I) codes the selection in vivo, and
// Alt+Shift+Left/Right move the nearer end of the coding under the caret by a word (with Ctrl, by a
// character).
import { useEffect } from 'react';
import type { TextDomIndex } from './textDomIndex';

type Granularity = 'character' | 'word' | 'line' | 'paragraph' | 'lineboundary' | 'documentboundary';

interface KeyboardPluginProps {
  index: TextDomIndex;
  onCodeKey(position: number): void;
  onMenuKey(at: { x: number; y: number }): void;
  onPaletteKey?(): void;
  onInVivoKey?(): void;
  /** Moves a boundary of the coding under the caret; false when there is none (the key then moves the caret). */
  onNudgeKey?(direction: -1 | 1, unit: 'character' | 'word'): boolean;
}

export function KeyboardPlugin({ index, onCodeKey, onMenuKey, onPaletteKey, onInVivoKey, onNudgeKey }: KeyboardPluginProps) {
  useEffect(() => {
    const root = index.element;
    const onFocus = () => {
      // Arriving by Tab with no selection in the text: start at its beginning.
      const selection = document.getSelection();
      if (selection && (selection.rangeCount === 0 || !index.contains(selection.anchorNode))) {
        const range = index.rangeOf(0, 0);
        if (range) {
          selection.removeAllRanges();
          selection.addRange(range);
        }
      }
    };
    const onKeyDown = (event: KeyboardEvent) => {
      const selection = document.getSelection();
      if (!selection) return;
      const command = event.ctrlKey || event.metaKey;
      if (onNudgeKey && event.altKey && event.shiftKey && (event.key === 'ArrowLeft' || event.key === 'ArrowRight')) {
        if (onNudgeKey(event.key === 'ArrowLeft' ? -1 : 1, command ? 'character' : 'word')) {
          event.preventDefault();
          return;
        }
      }
      if (onPaletteKey && ((command && !event.altKey && event.key.toLowerCase() === 'k') || (event.key === '/' && !command && !event.altKey))) {
        event.preventDefault();
        onPaletteKey();
        return;
      }
      if (onInVivoKey && command && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'i') {
        event.preventDefault();
        onInVivoKey();
        return;
      }
      const byWord = event.ctrlKey || event.altKey || event.metaKey;
      const movement = caretMovement(event.key, byWord);
      if (movement) {
        event.preventDefault();
        if (selection.rangeCount === 0 || !index.contains(selection.anchorNode)) onFocus();
        selection.modify(event.shiftKey ? 'extend' : 'move', movement[0], movement[1]);
        return;
      }
      if (/^[1-9]$/.test(event.key) && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        onCodeKey(Number(event.key) - 1);
        return;
      }
      if (event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey)) {
        event.preventDefault();
        const rect = selection.rangeCount > 0 ? selection.getRangeAt(0).getBoundingClientRect() : root.getBoundingClientRect();
        onMenuKey({ x: rect.left, y: rect.bottom + 4 });
        return;
      }
      if (event.key === 'Escape' && !selection.isCollapsed) {
        event.preventDefault();
        selection.collapseToEnd();
      }
    };
    root.addEventListener('focus', onFocus);
    root.addEventListener('keydown', onKeyDown);
    return () => {
      root.removeEventListener('focus', onFocus);
      root.removeEventListener('keydown', onKeyDown);
    };
  }, [index, onCodeKey, onMenuKey, onPaletteKey, onInVivoKey, onNudgeKey]);
  return null;
}

function caretMovement(key: string, byWord: boolean): [direction: 'forward' | 'backward', granularity: Granularity] | null {
  switch (key) {
    case 'ArrowRight':
      return ['forward', byWord ? 'word' : 'character'];
    case 'ArrowLeft':
      return ['backward', byWord ? 'word' : 'character'];
    case 'ArrowDown':
      return ['forward', byWord ? 'paragraph' : 'line'];
    case 'ArrowUp':
      return ['backward', byWord ? 'paragraph' : 'line'];
    case 'Home':
      return ['backward', byWord ? 'documentboundary' : 'lineboundary'];
    case 'End':
      return ['forward', byWord ? 'documentboundary' : 'lineboundary'];
    default:
      return null;
  }
}
