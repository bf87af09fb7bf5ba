// React Aria's collections put back, when the focus comes into them, the scroll position they saw in
// their last scroll event. The browser reports a scroll at its next frame, so a press that follows a
// scroll within one frame (on a busy machine, or a row scrolled into view and clicked at once) had the
// old position put back: the list jumped, and the row under the pointer moved away before the press
// ended. Where the researcher scrolled to stays. Only for a press: coming in from the keyboard, React
// Aria scrolls the row that takes the focus into view, which must stand.
import { useRef, type FocusEvent } from 'react';

/** Props for an element holding a collection whose scrolling element matches `scroller`. */
export function useScrollKeptOnFocus(scroller: string) {
  const pressed = useRef(false);
  const entering = useRef<{ element: Element; top: number; left: number } | null>(null);
  return {
    // A mouse's press focuses as it goes down; one that focused nothing is over once it comes up.
    onPointerDownCapture: () => {
      pressed.current = true;
    },
    onPointerUpCapture: () => {
      pressed.current = false;
    },
    onKeyDownCapture: () => {
      pressed.current = false;
    },
    onFocusCapture: (event: FocusEvent<HTMLElement>) => {
      const element = pressed.current ? event.currentTarget.querySelector(scroller) : null;
      entering.current = element ? { element, top: element.scrollTop, left: element.scrollLeft } : null;
    },
    onFocus: () => {
      const kept = entering.current;
      entering.current = null;
      pressed.current = false;
      if (!kept) return;
      if (kept.element.scrollLeft !== kept.left) kept.element.scrollLeft = kept.left;
      if (kept.element.scrollTop !== kept.top) kept.element.scrollTop = kept.top;
    },
  };
}
