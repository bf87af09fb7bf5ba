// Where the focus goes when a dialog closes and the control that opened it is gone (Delete… on a row
// the dialog deleted) or can no longer take it (disabled by what the dialog did). React Aria gives the
// focus back to the opener only: without it the focus falls to the page, where a screen reader says
// nothing and Tab starts again at the top of the window. It goes instead to the control that followed
// the opener when the dialog opened, or else the one before it, as a list does after a deletion.
import { useLayoutEffect, useRef, useState } from 'react';
import { TABBABLE } from './tabbable';

interface Opener {
  element: HTMLElement;
  /** The controls after the opener, nearest first, then those before it, nearest first. */
  neighbours: HTMLElement[];
}

/** Call in a dialog's component: it reads the opener as the dialog is first drawn, before the focus moves in. */
export function useFocusAfterOpenerGone(): void {
  const [opener] = useState(readOpener);
  // Set again when React mounts the dialog anew straight after unmounting it (StrictMode's check).
  const open = useRef(false);
  useLayoutEffect(() => {
    open.current = true;
    return () => {
      open.current = false;
      if (!opener) return;
      // A frame after React Aria's own attempt (made at the next frame), so that this only fills its
      // gap: a menu's item that opened the dialog is gone too, but React Aria rightly gives the focus to
      // the menu's button, as it does to an opener still there.
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          if (open.current || !focusIsLost()) return;
          for (const candidate of [opener.element, ...opener.neighbours]) {
            if (!candidate.isConnected || !candidate.matches(TABBABLE) || candidate.closest('[inert]')) continue;
            candidate.focus();
            if (document.activeElement === candidate) return;
          }
        }),
      );
    };
  }, [opener]);
}

function readOpener(): Opener | null {
  const element = document.activeElement;
  if (!(element instanceof HTMLElement) || element === document.body) return null;
  const controls = [...document.querySelectorAll<HTMLElement>(TABBABLE)];
  const at = controls.indexOf(element);
  if (at < 0) return { element, neighbours: [] };
  return { element, neighbours: [...controls.slice(at + 1), ...controls.slice(0, at).reverse()] };
}

function focusIsLost(): boolean {
  const focused = document.activeElement;
  return focused === null || focused === document.body;
}
