// A menu of actions (role="menu") shown at a point: the document's context menu. Arrow keys move
// between items, typing a name moves to it (menuTypeahead), an entry's own key (a code's digit)
// chooses it, Enter or Space activates, Escape or Tab closes, and focus goes back to where it came
// from (the text, with its selection: `restoreFocus`).
import { useEffect, useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import { NO_SEARCH, typeahead } from './menuTypeahead';

export interface MenuItem {
  label: string;
  /** Shown at the right, e.g. the key that does the same. */
  hint?: string;
  /**
   * A key that chooses this entry while the menu is open (a code's digit): a key shown beside an
   * entry must work in the menu too, not only in the text.
   */
  key?: string;
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
  const search = useRef(NO_SEARCH);
  // A Space that continued a search must not also press the entry (a button is pressed as Space comes up).
  const spaceSearched = useRef(false);

  useLayoutEffect(() => {
    // Inside the window: a menu opened near the right or bottom edge moves left or up to fit, and one
    // taller than the window (a project of many codes) is cut to it and scrolls.
    const menu = ref.current;
    if (menu) {
      const margin = 8;
      menu.style.boxSizing = 'border-box';
      menu.style.maxHeight = `${Math.max(0, innerHeight - 2 * margin)}px`;
      menu.style.overflowY = 'auto';
      const box = menu.getBoundingClientRect();
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
    else if (!chooseByKey(event) && !searchFor(event, entries, index)) return;
    event.preventDefault();
    event.stopPropagation();
  };

  /** Chooses the entry whose own key this is; whether there was one. */
  const chooseByKey = (event: KeyboardEvent<HTMLDivElement>): boolean => {
    if (event.ctrlKey || event.metaKey || event.altKey) return false;
    const item = items.find((candidate) => candidate.key === event.key);
    if (item) finish(item.onSelect);
    return item !== undefined;
  };

  /** Moves by type-ahead; whether the key was taken as part of a search. */
  const searchFor = (event: KeyboardEvent<HTMLDivElement>, entries: HTMLElement[], index: number): boolean => {
    if (event.key.length !== 1 || event.ctrlKey || event.metaKey || event.altKey) return false;
    // A Space starting a search is a press of the entry; within a search it is part of a name.
    if (event.key === ' ' && !search.current.typed) return false;
    const names = entries.map((entry) => entry.querySelector('span')?.textContent ?? '');
    const { state, to } = typeahead(search.current, event.key, event.timeStamp, names, index);
    if (event.key === ' ' && !state.typed) return false;
    search.current = state;
    spaceSearched.current = event.key === ' ';
    if (to !== null) entries[to]?.focus();
    return true;
  };

  const onKeyUp = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== ' ' || !spaceSearched.current) return;
    spaceSearched.current = false;
    event.preventDefault();
  };

  return (
    <div
      ref={ref}
      role="menu"
      aria-label={label}
      className="menu-popup"
      style={{ left: position.x, top: position.y }}
      onKeyDown={onKeyDown}
      onKeyUp={onKeyUp}
    >
      {items.map((item) => (
        <button key={item.label} type="button" role="menuitem" tabIndex={-1} className="menu-item" aria-keyshortcuts={item.key} onClick={() => finish(item.onSelect)}>
          <span>{item.label}</span>
          {item.hint ? <kbd aria-hidden="true">{item.hint}</kbd> : null}
        </button>
      ))}
    </div>
  );
}
