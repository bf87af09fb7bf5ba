// A menu of actions (role="menu") shown at a point: the document's context menu. Arrow keys move between items, Enter or Space activates, Escape or Tab closes, and focus
// goes back to where it came from.
import { useEffect, useLayoutEffect, useRef, type KeyboardEvent } from 'react';

export interface MenuItem {
  label: string;
  /** Shown at the right, e.g. the key that does the same. */
  hint?: string;
  onSelect(): void;
}

interface MenuPopupProps {
  label: string;
  items: readonly MenuItem[];
  position: { x: number; y: number };
  onClose(): void;
  /** Puts the focus back when the menu closes; by default on the element that had it before. */
  restoreFocus?(previous: HTMLElement | null): void;
}

export function MenuPopup({ label, items, position, onClose, restoreFocus = (previous) => previous?.focus() }: MenuPopupProps) {
  const ref = useRef<HTMLDivElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);

  useLayoutEffect(() => {
    // Inside the window: a menu opened near the right or bottom edge moves left or up to fit.
    const menu = ref.current;
    if (menu) {
      const box = menu.getBoundingClientRect();
      const margin = 8;
      menu.style.left = `${Math.max(margin, Math.min(position.x, innerWidth - box.width - margin))}px`;
      menu.style.top = `${Math.max(margin, Math.min(position.y, innerHeight - box.height - margin))}px`;
    }
    returnFocus.current = document.activeElement as HTMLElement | null;
    ref.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, []);

  useEffect(() => {
    const close = (event: MouseEvent) => {
      if (!ref.current?.contains(event.target as Node)) onClose();
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [onClose]);

  const finish = (action?: () => void) => {
    onClose();
    restoreFocus(returnFocus.current);
    action?.();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const entries = [...(ref.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const index = entries.indexOf(document.activeElement as HTMLElement);
    const move = (to: number) => entries[(to + entries.length) % entries.length]?.focus();
    if (event.key === 'ArrowDown') move(index + 1);
    else if (event.key === 'ArrowUp') move(index - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(entries.length - 1);
    else if (event.key === 'Escape' || event.key === 'Tab') finish();
    else return;
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <div
      ref={ref}
      role="menu"
      aria-label={label}
      className="menu-popup"
      style={{ left: position.x, top: position.y }}
      onKeyDown={onKeyDown}
    >
      {items.map((item) => (
        <button key={item.label} type="button" role="menuitem" tabIndex={-1} className="menu-item" onClick={() => finish(item.onSelect)}>
          <span>{item.label}</span>
          {item.hint ? <kbd aria-hidden="true">{item.hint}</kbd> : null}
        </button>
      ))}
    </div>
  );
}
