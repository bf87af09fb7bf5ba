// A button that opens a menu of actions below itself.
import { useRef, useState } from 'react';
import { MenuPopup, type MenuItem } from './MenuPopup';

export function MenuButton({ label, items }: { label: string; items: readonly MenuItem[] }) {
  const [position, setPosition] = useState<{ x: number; y: number } | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const open = () => {
    const rect = button.current?.getBoundingClientRect();
    if (rect) setPosition({ x: rect.left, y: rect.bottom + 2 });
  };
  return (
    <>
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-expanded={position !== null}
        onClick={() => (position ? setPosition(null) : open())}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            open();
          }
        }}
      >
        {label}
      </button>
      {position ? <MenuPopup label={label} items={items} position={position} onClose={() => setPosition(null)} /> : null}
    </>
  );
}
