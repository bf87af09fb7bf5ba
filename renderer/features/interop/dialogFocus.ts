// Where focus goes as the exchange dialogs open and close.
//
// Opening: on the dialog's primary choice. React's autoFocus cannot do it here: the modal
// (ui/Dialog.tsx, React Aria) moves the focus into itself in its own effects, which run after its
// children's, and would take it from the choice again. The focus waits for the microtask after the
// commit's effects, by which time the modal has placed it.
//
// Closing: back on what opened it. A command chosen in a toolbar menu runs while focus is still on the
// menu's item, which is gone when the dialog closes (the modal would return focus to it, and so to
// nothing): the menu's button, which the item belongs to, takes it instead.
import { useEffect, useRef } from 'react';

/** A ref for the primary control; `key` changes when another dialog (or step) shows. */
export function usePrimaryFocus<T extends HTMLElement>(key: unknown) {
  const ref = useRef<T>(null);
  useEffect(() => {
    queueMicrotask(() => ref.current?.focus());
  }, [key]);
  return ref;
}

/**
 * Call `remember()` when a request comes; once `open` turns false, focus returns to the control that
 * made it (the menu button for an item of its menu), if it is still there.
 */
export function useReturnFocus(open: boolean): { remember(): void } {
  const opener = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (open || !opener.current) return;
    if (opener.current.isConnected) opener.current.focus();
    opener.current = null;
  }, [open]);
  return {
    remember() {
      if (opener.current) return;
      const active = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      const menu = active?.closest<HTMLElement>('[role="menu"]');
      const trigger = menu?.id ? document.querySelector<HTMLElement>(`[aria-controls="${CSS.escape(menu.id)}"]`) : null;
      opener.current = menu ? trigger : active;
    },
  };
}
