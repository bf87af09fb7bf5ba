// A visible caret for the read-only text: the browser draws none outside editable content, and a
// keyboard user must see where Shift+arrow will extend from.
import { useEffect, useState } from 'react';
import type { TextDomIndex } from './textDomIndex';

export function CaretMarker({ index, container }: { index: TextDomIndex; container: HTMLElement | null }) {
  const [box, setBox] = useState<{ left: number; top: number; height: number } | null>(null);
  useEffect(() => {
    if (!container) return;
    // One Range for every measurement: each Range left to the garbage collector stays registered with
    // the document until then, and the browser updates all of them on every DOM change.
    const point = document.createRange();
    const update = () => {
      const selection = document.getSelection();
      if (!selection || !selection.focusNode || document.activeElement !== index.element || !index.contains(selection.focusNode)) {
        setBox(null);
        return;
      }
      point.setStart(selection.focusNode, selection.focusOffset);
      point.collapse(true);
      const rect = point.getClientRects()[0] ?? (selection.focusNode.nodeType === Node.TEXT_NODE ? null : (selection.focusNode as Element).getBoundingClientRect?.());
      if (!rect) {
        setBox(null);
        return;
      }
      const origin = container.getBoundingClientRect();
      setBox({ left: rect.left - origin.left + container.scrollLeft, top: rect.top - origin.top + container.scrollTop, height: rect.height || 18 });
    };
    update();
    document.addEventListener('selectionchange', update);
    index.element.addEventListener('focus', update);
    index.element.addEventListener('blur', update);
    return () => {
      document.removeEventListener('selectionchange', update);
      index.element.removeEventListener('focus', update);
      index.element.removeEventListener('blur', update);
    };
  }, [index, container]);
  if (!box) return null;
  return <div className="caret-marker" aria-hidden="true" style={{ left: box.left, top: box.top, height: box.height }} />;
}
