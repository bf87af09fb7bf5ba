// A labelled combo box (React Aria): type to narrow the list, arrows to move, Enter to choose; the
// chosen item's name stays in the field. Enter right after typing takes the first item that matches,
// so "type part of a name, Enter" switches without an arrow key.
import { useId, useRef } from 'react';
import { Button, ComboBox, Input, Label, ListBox, ListBoxItem, Popover, useFilter, type Key } from 'react-aria-components';
import { ChevronDown } from 'lucide-react';
import './comboBoxField.css';

export interface ComboBoxItem {
  id: string;
  name: string;
}

interface ComboBoxFieldProps {
  label: string;
  items: readonly ComboBoxItem[];
  value: string | null;
  onChange(id: string): void;
  /**
   * Why the choice cannot change now (an import holds the project). The field stays focusable and is
   * marked unavailable; trying to open or type in it calls `onRefused`, which says why.
   */
  unavailable?: string | null;
  onRefused?(): void;
  className?: string;
}

export function ComboBoxField({ label, items, value, onChange, unavailable = null, onRefused, className }: ComboBoxFieldProps) {
  const { contains } = useFilter({ sensitivity: 'base' });
  // The typed text at the moment a key is pressed: React Aria resets the field before our handler runs.
  const input = useRef<HTMLInputElement>(null);
  const held = unavailable !== null;
  // Linked by hand: React Aria's combo box describes itself only by a description it always has.
  const reasonId = useId();
  const choose = (key: Key | null) => {
    if (key !== null && String(key) !== value) onChange(String(key));
  };
  return (
    <ComboBox
      className={['combo-field', className].filter(Boolean).join(' ')}
      defaultItems={items}
      value={value}
      onChange={choose}
      isReadOnly={held}
      onKeyDown={(event) => {
        if (held) {
          if (event.key.length === 1 || event.key === 'ArrowDown' || event.key === 'ArrowUp' || event.key === 'Enter') onRefused?.();
          return;
        }
        if (event.key !== 'Enter') return;
        const field = input.current;
        if (!field || field.getAttribute('aria-activedescendant')) return;
        const typed = field.value.trim();
        const current = items.find((item) => item.id === value);
        if (!typed || typed === current?.name) return;
        choose(items.find((item) => contains(item.name, typed))?.id ?? null);
      }}
    >
      <Label className="combo-label">{label}</Label>
      <div className="combo-group">
        <Input ref={input} className="combo-input" aria-disabled={held || undefined} aria-describedby={held ? reasonId : undefined} />
        <Button className="combo-button">
          <ChevronDown size={14} aria-hidden="true" />
        </Button>
      </div>
      {held ? (
        <span id={reasonId} className="hint combo-reason">
          {unavailable}
        </span>
      ) : null}
      <Popover className="menu-popover combo-popover" containerPadding={8}>
        <ListBox<ComboBoxItem> className="menu">
          {(item) => (
            <ListBoxItem id={item.id} textValue={item.name} className="menu-entry">
              {item.name}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
